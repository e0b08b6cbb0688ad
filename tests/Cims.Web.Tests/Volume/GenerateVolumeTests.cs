using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Volume;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Volume;

/// <summary>
/// generate-volume over a real database: the incidents asked for, in the proportions designed, with clients who come
/// back (also at other organisations), and the department's list, an incident and the dashboards render over them.
/// </summary>
public abstract partial class GenerateVolumeTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const int Incidents = 2_000;
    private const string Staff = "staff@department.example";

    private static readonly ConcurrentDictionary<CimsAppFactory, Lazy<Task<int>>> Generated = new();

    /// <summary>Generates once per database; returns how many incidents there were before.</summary>
    private Task<int> GeneratedAsync() => Generated.GetOrAdd(app, _ => new Lazy<Task<int>>(async () =>
    {
        var before = await app.WithDbAsync(db => db.Incidents.CountAsync());
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var generator = ActivatorUtilities.CreateInstance<VolumeGenerator>(services, ActivatorUtilities.CreateInstance<VolumeOrganisations>(services));
        await generator.RunAsync(new VolumeArguments(Incidents, VolumeArguments.DefaultSeed), TextWriter.Null, CancellationToken.None);
        return before;
    })).Value;

    [Fact]
    public async Task Generate_SmallVolume_WritesTheIncidentsAskedForWithNumbersAndReferenceData()
    {
        var before = await GeneratedAsync();

        await app.WithDbAsync(async db =>
        {
            Assert.Equal(before + Incidents, await db.Incidents.CountAsync());
            Assert.Equal(0, await db.Incidents.CountAsync(i => !db.Organisations.Any(o => o.Id == i.OrganisationId)
                || !db.IncidentTypes.Any(t => t.Id == i.Details!.PrimaryTypeId) || !db.Areas.Any(a => a.Id == i.Service!.AreaId)));
            var numbers = await db.Incidents.Where(i => i.SubmittedAt != null).Select(i => i.Number!).ToListAsync();
            Assert.True(numbers.Count > Incidents * 0.9, $"{numbers.Count} submitted");
            Assert.All(numbers, n => Assert.Matches(IncidentNumber(), n));
            Assert.Equal(numbers.Count, numbers.Distinct().Count());
            return 0;
        });
    }

    [Fact]
    public async Task Generate_SmallVolume_ProportionsAsDesignedAndClientsRepeatAcrossOrganisations()
    {
        await GeneratedAsync();

        await app.WithDbAsync(async db =>
        {
            var major = await db.Incidents.CountAsync(i => i.Details!.Impact == ImpactLevel.Major) / (double)Incidents;
            Assert.InRange(major, 0.08, 0.2);
            var incidents = await db.Incidents.AsNoTracking().Select(i => new { i.OrganisationId, Clients = i.Clients.Select(c => new { c.Identifier, c.IndigenousStatus }).ToList() }).ToListAsync();
            var clients = incidents.SelectMany(i => i.Clients.Select(c => new { c.Identifier, c.IndigenousStatus, i.OrganisationId })).ToList();
            var aboriginal = clients.Count(c => c.IndigenousStatus is "1" or "2" or "3") / (double)clients.Count;
            Assert.InRange(aboriginal, 0.1, 0.2);
            var byClient = clients.Where(c => c.Identifier is not null).GroupBy(c => c.Identifier).ToList();
            Assert.True(byClient.Count(g => g.Count() > 1) > 100, "clients in several incidents");
            Assert.True(byClient.Count(g => g.Select(c => c.OrganisationId).Distinct().Count() > 1) > 5, "clients at several organisations");
            Assert.InRange(await db.Incidents.CountAsync(i => i.Status == IncidentStatus.Draft), 1, Incidents * 0.03);
            Assert.True(await db.Incidents.CountAsync(i => i.Status == IncidentStatus.Closed) > 20);
            var findings = await db.Investigations.SelectMany(i => i.Allegations).Where(a => a.Finding != null).Select(a => a.Finding).ToListAsync();
            Assert.Contains(AllegationFinding.Substantiated, findings);
            Assert.Contains(AllegationFinding.NotSubstantiated, findings);
            Assert.True(await db.Reviews.CountAsync() > 0 && await db.PrivacyReports.CountAsync() >= Incidents / 25);
            return 0;
        });
    }

    [Fact]
    public async Task Pages_OverGeneratedVolume_DepartmentListIncidentAndDashboardsRender()
    {
        await GeneratedAsync();
        var investigated = await app.WithDbAsync(db => db.Investigations.Where(i => i.Status == InvestigationStatus.Accepted).Select(i => i.IncidentId).FirstAsync());
        var staff = await FormClient.SignedInAsync(app, Staff);

        foreach (var url in new[] { "/Department/Incidents", $"/Incidents/{investigated}", "/Analysis", "/Analysis/Incidents", "/Department/Privacy" })
        {
            var response = await staff.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }

        var dashboard = await staff.GetPageAsync("/Analysis");
        Assert.NotEmpty(dashboard.QuerySelectorAll("[data-tile='organisation'] tbody tr"));
    }

    [GeneratedRegex(@"^IRD-20\d\d-\d{6,}$")]
    private static partial Regex IncidentNumber();
}

public sealed class SqliteGenerateVolumeTests(SqliteApp app) : GenerateVolumeTests<SqliteApp>(app);

public sealed class PostgresGenerateVolumeTests(PostgresApp app) : GenerateVolumeTests<PostgresApp>(app);

public sealed class GenerateVolumeArgumentTests
{
    [Theory]
    [InlineData("--incidents", "0")]
    [InlineData("--incidents", "many")]
    [InlineData("--seed", "7")]
    public async Task GenerateVolume_BadArguments_ExitCode2WithTheRuleAndNoStackTrace(string option, string value)
    {
        var run = await CimsProcess.RunAsync("generate-volume", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--incidents", run.Output);
        Assert.Contains("Usage: generate-volume --incidents N", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }
}
