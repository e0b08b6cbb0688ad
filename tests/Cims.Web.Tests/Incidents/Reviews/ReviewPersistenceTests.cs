using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Incidents.Reviews;

/// <summary>A review and everything in it survive a round trip through each provider, and a second writer loses to the concurrency token.</summary>
public abstract class ReviewPersistenceTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static readonly Actor Builder = new("builder", "Test Builder");

    [Fact]
    public async Task Save_RcaReviewWithItsLists_ReadsBackTheSameAndMovedTheIncident()
    {
        var (incidentId, id) = await OpenedAsync(FollowUpAction.RcaReview);
        await ChangeAsync(id, (review, now) =>
        {
            review.SaveRcaReport(new RcaReport("Robin, the practice lead and a nurse.", "Falls follow transfers done alone."), now).MustSucceed();
            review.AddTimelineEntry(new DateOnly(2026, 11, 21), new TimeOnly(19, 40), "Jo transferred to bed by one worker.", now).MustSucceed();
            review.AddRootCause("The roster leaves one worker on evenings.", now).MustSucceed();
            review.SetContributingFactors(["STAFFING"], "Night shift alone", now).MustSucceed();
            review.AddAction("Roster two workers on evenings.", "Operations manager", new DateOnly(2027, 2, 28), now).MustSucceed();
        });

        var saved = await LoadAsync(id);

        Assert.Equal((ReviewKind.RcaReview, ReviewStatus.InProgress, "Robin Reviewer"), (saved.Kind, saved.Status, saved.Manager.Name));
        Assert.Equal("Falls follow transfers done alone.", saved.RcaReport.Summary);
        Assert.Equal((new DateOnly(2026, 11, 21), new TimeOnly(19, 40)), (saved.Timeline.Single().OccurredOn, saved.Timeline.Single().OccurredAt));
        Assert.Equal("The roster leaves one worker on evenings.", saved.RootCauses.Single().Text);
        Assert.Equal(["STAFFING"], saved.ContributingFactors);
        Assert.Equal(("Operations manager", RecommendationStatus.Open), (saved.Actions.Single().Owner, saved.Actions.Single().Status));
        Assert.Equal("Assigned", saved.History.Single().What);
        Assert.Equal(IncidentStatus.ReviewInProgress, await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == incidentId).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task Save_CaseReviewReport_ReadsBackEverySection()
    {
        var (_, id) = await OpenedAsync(FollowUpAction.CaseReview);
        var report = new CaseReviewReport(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 22), "Details.", "Problem.", "Rationale.", "Method.", "Interviews.", "Evidence.", "Assessment.");
        await ChangeAsync(id, (review, now) => review.SaveCaseReport(report, now).MustSucceed());

        Assert.Equal(report, (await LoadAsync(id)).CaseReport);
    }

    [Fact]
    public async Task Save_TwoWritersAddingAnActionAtOnce_TheSecondIsToldItIsStale()
    {
        var (_, id) = await OpenedAsync(FollowUpAction.CaseReview);
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        var one = await first.ServiceProvider.GetRequiredService<CimsDbContext>().Reviews.SingleAsync(r => r.Id == id);
        var two = await second.ServiceProvider.GetRequiredService<CimsDbContext>().Reviews.SingleAsync(r => r.Id == id);
        one.AddAction("First.", "A", new DateOnly(2027, 1, 1), DateTimeOffset.UtcNow).MustSucceed();
        two.AddAction("Second.", "B", new DateOnly(2027, 1, 1), DateTimeOffset.UtcNow).MustSucceed();

        var stale = new Cims.Domain.Common.Error("review.concurrency", "Changed by someone else.");

        (await first.ServiceProvider.GetRequiredService<CimsDbContext>().SaveOrStaleAsync(stale, CancellationToken.None)).MustSucceed();
        var lost = await second.ServiceProvider.GetRequiredService<CimsDbContext>().SaveOrStaleAsync(stale, CancellationToken.None);

        Assert.Equal(stale, lost.Error);
        Assert.Equal(["First."], (await LoadAsync(id)).Actions.Select(a => a.Text));
    }

    /// <summary>An E1 major incident screened to <paramref name="followUp"/>, with its review assigned to the demo investigator.</summary>
    private async Task<(int IncidentId, int Id)> OpenedAsync(FollowUpAction followUp)
    {
        var incidentId = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 3, 4));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        Assert.Equal(IncidentStatus.DepartmentReview, incident.Status);
        incident.DetermineFollowUp(followUp, new Deadline(DateTimeOffset.UtcNow.AddDays(30), "Test rule"), Builder, null, DateTimeOffset.UtcNow).MustSucceed();
        var review = Review.Open(incident, Assignee.Internal("u-robin", "Robin Reviewer", "robin@example.org"), false, Builder, DateTimeOffset.UtcNow).MustSucceed();
        db.Reviews.Add(review);
        await db.SaveChangesAsync();
        return (incidentId, review.Id);
    }

    private async Task ChangeAsync(int id, Action<Review, DateTimeOffset> change)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        change(await db.Reviews.SingleAsync(r => r.Id == id), DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    }

    private Task<Review> LoadAsync(int id) => app.WithDbAsync(db => db.Reviews.AsNoTracking().AsSplitQuery().SingleAsync(r => r.Id == id));
}

public sealed class SqliteReviewPersistenceTests(SqliteApp app) : ReviewPersistenceTests<SqliteApp>(app);

public sealed class PostgresReviewPersistenceTests(PostgresApp app) : ReviewPersistenceTests<PostgresApp>(app);
