using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Benchmarks;

/// <summary>
/// Speed of the investigation stage's pages and PDFs, measured on demand with <c>scripts/bench.sh</c> (category
/// Benchmark; CI never times anything). Each figure is the median of 20 requests through the whole web stack,
/// printed with its ratio to a baseline measured in the same run: the incident page for pages, the incident PDF for PDFs.
/// </summary>
[Trait("Category", "Benchmark")]
public abstract class InvestigationBenchmarks<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Pages_LargeInvestigationAmong300_EachUnder500MillisecondsAndPdfsUnderOneSecond()
    {
        for (var i = 0; i < 300; i++)
            await AssignedAsync(app);
        var (incidentId, id) = await LargeOutcomeAsync();
        var delegateClient = await FormClient.SignedInAsync(app, DelegateEmail);
        var manager = await FormClient.SignedInAsync(app, Investigator);

        var incidentPage = await Median.OfGetsAsync(delegateClient, $"/Incidents/{incidentId}");
        var incidentPdf = await Median.OfGetsAsync(delegateClient, $"/Incidents/{incidentId}/Pdf");
        var figures = new (string Name, double Ms, double Baseline)[]
        {
            ("incident page (baseline)", incidentPage, incidentPage),
            ("investigation page, 10 allegations, 30 evidence items, 10 recommendations", await Median.OfGetsAsync(delegateClient, $"/Investigations/{id}"), incidentPage),
            ("outcome report page", await Median.OfGetsAsync(delegateClient, $"/Investigations/{id}/Report"), incidentPage),
            ("investigations list, 301 investigations, first page", await Median.OfGetsAsync(delegateClient, "/Investigations"), incidentPage),
            ("manager's My work, 301 investigations", await Median.OfGetsAsync(manager, "/"), incidentPage),
            ("incident PDF (baseline)", incidentPdf, incidentPdf),
            ("plan PDF", await Median.OfGetsAsync(delegateClient, $"/Investigations/{id}/Plan/Pdf"), incidentPdf),
            ("outcome report PDF", await Median.OfGetsAsync(delegateClient, $"/Investigations/{id}/Report/Pdf"), incidentPdf),
        };

        foreach (var (name, ms, baseline) in figures)
            output.WriteLine(Invariant($"[{app.Provider}] {name}: median {ms:F1} ms, {ms / baseline:F2}× baseline"));
        Assert.All(figures.Where(f => !f.Name.Contains("PDF", StringComparison.Ordinal)), f => Assert.True(f.Ms < 500, Invariant($"{f.Name}: {f.Ms:F0} ms")));
        Assert.All(figures.Where(f => f.Name.Contains("PDF", StringComparison.Ordinal)), f => Assert.True(f.Ms < 1000, Invariant($"{f.Name}: {f.Ms:F0} ms")));
    }

    /// <summary>An investigation with its outcome submitted: 10 allegations decided, 30 evidence items, 10 recommendations.</summary>
    private async Task<(int IncidentId, int Id)> LargeOutcomeAsync()
    {
        var (incidentId, id) = await InProgressAsync(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var investigation = await db.Investigations.SingleAsync(i => i.Id == id);
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var now = IncidentBuilder.Now;
        while (investigation.Allegations.Count < 10)
            investigation.AddAllegation(new AllegationText("Jo Citizen", $"Staff member {investigation.Allegations.Count}", "Neglect", "Meals missed on several evenings."), now).MustSucceed();
        foreach (var allegation in investigation.Allegations)
            investigation.RecordFinding(allegation.Number, AllegationFinding.NotSubstantiated, "The roster and two interviews show meals were served.", now).MustSucceed();
        for (var i = 0; i < 30; i++)
        {
            investigation.LogEvidence(new EvidenceEntry(i % 2 == 0 ? EvidenceKind.Interview : EvidenceKind.Document, $"Evidence {i}", new DateOnly(2026, 11, 25), "Ian Investigator",
                "A summary of what the person said, long enough to wrap over two lines in the table and in the PDF report."), new Actor("builder", "Test Builder"), now).MustSucceed();
        }

        for (var i = 0; i < 10; i++)
            investigation.Recommend($"Recommendation {i}: roster two staff on evening shifts.", "Operations manager", new DateOnly(2027, 3, 1), now).MustSucceed();
        investigation.SaveOutcome(new InvestigationOutcome("Pat Staff was stood down and the team retrained.", null, null, null), now).MustSucceed();
        investigation.SubmitOutcome(incident, new Actor("builder", "Test Builder"), now).MustSucceed();
        await db.SaveChangesAsync();
        return (incidentId, id);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

public sealed class SqliteInvestigationBenchmarks(SqliteApp app, ITestOutputHelper output) : InvestigationBenchmarks<SqliteApp>(app, output);

public sealed class PostgresInvestigationBenchmarks(PostgresApp app, ITestOutputHelper output) : InvestigationBenchmarks<PostgresApp>(app, output);
