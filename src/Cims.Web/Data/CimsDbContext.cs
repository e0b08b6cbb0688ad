using Cims.Domain.Auditing;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Organisations;
using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Cims.Web.Data.Notifications;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Data;

/// <summary>
/// The one unit of work for CIMS: Identity, the domain and the Data Protection key ring. Each database
/// provider has its own subclass with its own migrations (Data/Migrations/{Sqlite,Postgres,SqlServer});
/// everything else injects this class. See docs/adr/0002-database-providers-and-migrations.md.
/// </summary>
public abstract class CimsDbContext(DbContextOptions options) : IdentityDbContext<CimsUser>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Division> Divisions => Set<Division>();

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<ServiceProgram> Programs => Set<ServiceProgram>();

    public DbSet<ServiceType> ServiceTypes => Set<ServiceType>();

    public DbSet<IncidentCategory> IncidentCategories => Set<IncidentCategory>();

    public DbSet<IncidentType> IncidentTypes => Set<IncidentType>();

    public DbSet<OptionItem> OptionItems => Set<OptionItem>();

    public DbSet<PublicHoliday> PublicHolidays => Set<PublicHoliday>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentAttachment> IncidentAttachments => Set<IncidentAttachment>();

    public DbSet<Investigation> Investigations => Set<Investigation>();

    public DbSet<Cims.Domain.Reviews.Review> Reviews => Set<Cims.Domain.Reviews.Review>();

    public DbSet<PrivacyReport> PrivacyReports => Set<PrivacyReport>();

    public DbSet<PrivacyReportFile> PrivacyReportFiles => Set<PrivacyReportFile>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<DuplicateDecision> DuplicateDecisions => Set<DuplicateDecision>();

    public DbSet<Infrastructure.Api.ApiClient> ApiClients => Set<Infrastructure.Api.ApiClient>();

    public DbSet<Cims.Domain.ApiAccess.ApiAccessRequest> ApiAccessRequests => Set<Cims.Domain.ApiAccess.ApiAccessRequest>();

    public DbSet<Cims.Domain.Onboarding.OnboardingRequest> OnboardingRequests => Set<Cims.Domain.Onboarding.OnboardingRequest>();

    public DbSet<Features.Api.Idempotency.IdempotencyEntry> IdempotencyEntries => Set<Features.Api.Idempotency.IdempotencyEntry>();

    public DbSet<Features.Api.Webhooks.WebhookSubscription> WebhookSubscriptions => Set<Features.Api.Webhooks.WebhookSubscription>();

    public DbSet<Features.Api.Webhooks.WebhookMessage> WebhookMessages => Set<Features.Api.Webhooks.WebhookMessage>();

    public DbSet<Features.Api.Webhooks.WebhookAttempt> WebhookAttempts => Set<Features.Api.Webhooks.WebhookAttempt>();

    public DbSet<Cims.Web.Infrastructure.Secrets.AppSecret> AppSecrets => Set<Cims.Web.Infrastructure.Secrets.AppSecret>();

    public DbSet<Cims.Web.Infrastructure.Training.TrainingEmail> TrainingEmails => Set<Cims.Web.Infrastructure.Training.TrainingEmail>();

    public DbSet<Cims.Web.Infrastructure.Training.TrainingResetDay> TrainingResets => Set<Cims.Web.Infrastructure.Training.TrainingResetDay>();

    public DbSet<Features.Incidents.Analysis.Summary.AnalysisCell> AnalysisCells => Set<Features.Incidents.Analysis.Summary.AnalysisCell>();

    public DbSet<Features.Incidents.Analysis.Summary.AnalysisFindingCell> AnalysisFindingCells => Set<Features.Incidents.Analysis.Summary.AnalysisFindingCell>();

    public DbSet<Features.Incidents.Analysis.Summary.AnalysisSummaryState> AnalysisSummaries => Set<Features.Incidents.Analysis.Summary.AnalysisSummaryState>();

    public DbSet<Infrastructure.Sessions.KeptForm> KeptForms => Set<Infrastructure.Sessions.KeptForm>();

    public DbSet<Features.Learn.Progress.LearnAnswer> LearnAnswers => Set<Features.Learn.Progress.LearnAnswer>();

    private bool _watchingReference;

    /// <summary>
    /// The organisation whose API sandbox records this unit of work may see: set for an API request from the caller's
    /// organisation (Features/Api/Sandbox/SandboxView). Everywhere else (the web pages, the jobs, the dashboards) it is
    /// null, and the query filters hide the sandbox organisation and its incidents (docs/adr/0038-the-api-sandbox.md).
    /// </summary>
    public int? SandboxInView { get; private set; }

    /// <summary>Lets this unit of work see <paramref name="organisationId"/>'s sandbox records (none unless it is the sandbox).</summary>
    public void ShowSandboxOf(int organisationId) => SandboxInView = organisationId;

    /// <summary>
    /// Saves, writing the webhook events of any incident moves (Features/Api/Webhooks/Outbox) in the same transaction.
    /// New audit entries are sealed into the chain moments later (Infrastructure/Auditing/AuditChain). A saved change to
    /// reference data or an organisation makes the node read its reference lists again (Features/Shared/ReferenceCache).
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!_watchingReference)
        {
            _watchingReference = true;
            ChangeTracker.StateChanged += (_, e) =>
            {
                if (e.OldState is EntityState.Added or EntityState.Modified or EntityState.Deleted && Features.Shared.ReferenceCache.Holds(e.Entry.Metadata.ClrType))
                    Features.Shared.ReferenceCache.Forget();
            };
        }

        return SaveAsync();

        async Task<int> SaveAsync()
        {
            Saving = true;
            try
            {
                return await Features.Api.Webhooks.Outbox.WebhookOutbox.SaveWithEventsAsync(this, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);
            }
            finally
            {
                Saving = false;
            }
        }
    }

    /// <summary>
    /// True while a save runs. The execution strategy never repeats a save (<see cref="PostgresRetryOutsideTransactions"/>):
    /// a commit whose answer was lost may have been stored, and repeating it would store the change twice.
    /// </summary>
    public bool Saving { get; private set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CimsDbContext).Assembly);
        builder.UseOpenIddict(); // the API's OAuth applications, authorizations, scopes and tokens (Infrastructure/Api)
        builder.Entity<Organisation>().HasQueryFilter(o => o.Kind != OrganisationKind.Sandbox || o.Id == SandboxInView);
        builder.Entity<Incident>().HasQueryFilter(i => !i.IsSandbox || i.OrganisationId == SandboxInView);
    }
}
