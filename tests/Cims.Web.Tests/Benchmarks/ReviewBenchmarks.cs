using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Cims.Web.Tests.Incidents.Reviews.ReviewSetup;

namespace Cims.Web.Tests.Benchmarks;

/// <summary>
/// Speed of the review stage's pages and PDF, measured on demand with <c>scripts/bench.sh</c> (category Benchmark; CI
/// never times anything). Each figure is the median of 20 requests through the whole web stack, printed with its ratio
/// to a baseline measured in the same run: the incident page for pages, the incident PDF for the PDF.
/// </summary>
[Trait("Category", "Benchmark")]
public abstract class ReviewBenchmarks<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Pages_LargeRcaReviewAmong200_EachUnder500MillisecondsAndThePdfUnderOneSecond()
    {
        for (var i = 0; i < 200; i++)
            await OpenAsync(app, i % 2 == 0 ? FollowUpAction.CaseReview : FollowUpAction.RcaReview, E2Day, complete: true);
        var (incidentId, id) = await LargeRcaReviewAsync();
        var delegateClient = await FormClient.SignedInAsync(app, DelegateEmail);
        var manager = await FormClient.SignedInAsync(app, Investigator);

        var incidentPage = await Median.OfGetsAsync(delegateClient, $"/Incidents/{incidentId}");
        var incidentPdf = await Median.OfGetsAsync(delegateClient, $"/Incidents/{incidentId}/Pdf");
        var figures = new (string Name, double Ms, double Baseline)[]
        {
            ("incident page (baseline)", incidentPage, incidentPage),
            ("RCA review page, 30 events, 10 root causes, 20 actions", await Median.OfGetsAsync(delegateClient, $"/Reviews/{id}"), incidentPage),
            ("reviews list, 201 reviews, first page", await Median.OfGetsAsync(delegateClient, "/Reviews"), incidentPage),
            ("action register, all views, 420 review actions, first page", await Median.OfGetsAsync(delegateClient, "/Actions?view=All"), incidentPage),
            ("manager's My work, 201 reviews", await Median.OfGetsAsync(manager, "/"), incidentPage),
            ("incident PDF (baseline)", incidentPdf, incidentPdf),
            ("RCA review PDF", await Median.OfGetsAsync(delegateClient, $"/Reviews/{id}/Pdf"), incidentPdf),
        };

        foreach (var (name, ms, baseline) in figures)
            output.WriteLine(Invariant($"[{app.Provider}] {name}: median {ms:F1} ms, {ms / baseline:F2}× baseline"));
        Assert.All(figures.Where(f => !f.Name.Contains("PDF", StringComparison.Ordinal)), f => Assert.True(f.Ms < 500, Invariant($"{f.Name}: {f.Ms:F0} ms")));
        Assert.All(figures.Where(f => f.Name.Contains("PDF", StringComparison.Ordinal)), f => Assert.True(f.Ms < 1000, Invariant($"{f.Name}: {f.Ms:F0} ms")));
    }

    /// <summary>An RCA review in progress with 30 timeline events, 10 root causes and 20 actions.</summary>
    private async Task<(int IncidentId, int Id)> LargeRcaReviewAsync()
    {
        var (incidentId, id) = await OpenAsync(app, FollowUpAction.RcaReview, E2Day, complete: true);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var review = await db.Reviews.SingleAsync(r => r.Id == id);
        var now = DateTimeOffset.UtcNow;
        while (review.Timeline.Count < 30)
            review.AddTimelineEntry(new DateOnly(2021, 6, 1).AddDays(review.Timeline.Count % 6), new TimeOnly(8 + review.Timeline.Count % 12, 15), "A worker helped Jo alone; the notes say so, long enough to wrap in the table and the PDF.", now).MustSucceed();
        while (review.RootCauses.Count < 10)
            review.AddRootCause($"Root cause {review.RootCauses.Count}: the roster leaves one worker on evenings.", now).MustSucceed();
        while (review.Actions.Count < 20)
            review.AddAction($"Action {review.Actions.Count}: roster two workers on evenings.", "Operations manager", new DateOnly(2027, 3, 1), now).MustSucceed();
        await db.SaveChangesAsync();
        return (incidentId, id);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

public sealed class SqliteReviewBenchmarks(SqliteApp app, ITestOutputHelper output) : ReviewBenchmarks<SqliteApp>(app, output);

public sealed class PostgresReviewBenchmarks(PostgresApp app, ITestOutputHelper output) : ReviewBenchmarks<PostgresApp>(app, output);
