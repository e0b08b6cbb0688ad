using Cims.Domain.Identity;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Volume;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Training;

/// <summary>
/// The training environment's sample data, once per database (and again after each reset): the demo organisations and
/// accounts, the department as a service provider organisation with learner accounts (the department's training
/// webform asks learners to pick it), and sample incidents in every stage, from drafts to closed, with their
/// investigations and reviews (written by the volume generator, on PostgreSQL and SQLite).
/// </summary>
public sealed class TrainingSeeder(
    CimsDbContext db, DemoSeeder demo, IServiceProvider services, DatabaseSettings settings, IOptions<TrainingOptions> options,
    TimeProvider clock, ILogger<TrainingSeeder> logger)
{
    public const string ProviderOrganisation = "Department of Health and Human Services (DHHS)";
    public const int Seed = 20260101;

    public static readonly IReadOnlyList<DemoAccount> Learners =
    [
        new("reporter@training.example", "Terry Trainee", ProviderOrganisation, [Roles.Reporter]),
        new("delegate@training.example", "Tess Trainee", ProviderOrganisation, [Roles.AuthorisedDelegate]),
        new("manager@training.example", "Toby Trainee", ProviderOrganisation, [Roles.InvestigationManager, Roles.ReviewManager]),
        new("orgadmin@training.example", "Tina Trainee", ProviderOrganisation, [Roles.OrganisationAdmin]),
    ];

    public async Task SeedAsync(string password, CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(o => o.Name == ProviderOrganisation, ct))
            return;
        await demo.SeedAsync(password, ct);
        var provider = Organisation.Create(ProviderOrganisation, null, OrganisationKind.FundedAgency, clock.GetUtcNow());
        provider.SetAreas(await db.Areas.Select(a => a.Id).ToListAsync(ct));
        provider.SetServiceTypes(await db.ServiceTypes.Select(s => s.Id).ToListAsync(ct));
        db.Organisations.Add(provider);
        await db.SaveChangesAsync(ct);
        foreach (var learner in Learners)
            await demo.EnsureUserAsync(learner, provider.Id, password);
        await SampleIncidentsAsync(ct);
    }

    private async Task SampleIncidentsAsync(CancellationToken ct)
    {
        if (settings.Provider == DatabaseProvider.SqlServer)
        {
            logger.LogWarning("Training environment on SQL Server: sample incidents are not written (the generator writes to PostgreSQL and SQLite)");
            return;
        }

        var generator = ActivatorUtilities.CreateInstance<VolumeGenerator>(services, ActivatorUtilities.CreateInstance<VolumeOrganisations>(services));
        await generator.RunAsync(new VolumeArguments(options.Value.SampleIncidents, Seed) { Organisations = 0 }, TextWriter.Null, ct);
    }
}
