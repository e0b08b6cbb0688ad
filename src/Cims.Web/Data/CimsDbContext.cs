using Cims.Domain.Auditing;
using Cims.Domain.Incidents;
using Cims.Domain.Organisations;
using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cims.Web.Data;

/// <summary>
/// The one unit of work for CIMS: Identity and the domain. The schema comes from the migrations in
/// Data/Migrations (one SQL script per provider); see docs/adr/0002-database-providers-and-migrations.md.
/// </summary>
public sealed class CimsDbContext(DbContextOptions<CimsDbContext> options) : IdentityDbContext<CimsUser>(options)
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

    public DbSet<PrivacyReport> PrivacyReports => Set<PrivacyReport>();

    public DbSet<PrivacyReportFile> PrivacyReportFiles => Set<PrivacyReportFile>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Saves, linking any new audit entries into the audit hash chain in the same transaction.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        Infrastructure.Auditing.AuditChain.SaveWithChainAsync(
            this, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CimsDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-with-offset type and cannot order by one stored as text:
        // store UTC instants as ticks there. PostgreSQL keeps them as timestamptz.
        if (Database.IsSqlite())
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>An ASP.NET Core Data Protection key, shared by every web node through the database.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
