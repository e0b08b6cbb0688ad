using System.Globalization;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Reviews.ReviewFixtures;

namespace Cims.Web.Tests.Incidents.ActionRegister;

/// <summary>The actions of case reviews and RCA reviews join the register beside the investigations' recommendations.</summary>
public abstract class ActionRegisterReviewTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string Delegate = "delegate@agency-one.example";
    private const string DepartmentStaff = "staff@department.example";
    private static readonly DateOnly LongAgo = new(2020, 1, 15);

    [Fact]
    public async Task Register_OverdueReviewAction_IsFlaggedInTheOrganisationsAndTheDepartmentsRegister()
    {
        var (_, id) = await SubmittedAsync(app, LongAgo);
        var row = $"tr[data-action='review-{id}-1']";

        foreach (var (email, url) in new[] { (Delegate, "/Actions"), (Delegate, "/Actions?view=Overdue"), (DepartmentStaff, "/Actions?view=Overdue") })
        {
            var page = await (await FormClient.SignedInAsync(app, email)).GetPageAsync(url);
            var action = page.QuerySelector(row);
            Assert.NotNull(action);
            Assert.NotNull(action.QuerySelector("[data-overdue]"));
            Assert.Equal("Case review", action.QuerySelector("[data-source]")!.TextContent.Trim());
            Assert.Contains("Roster two workers on evenings.", action.TextContent, StringComparison.Ordinal);
            Assert.NotNull(action.QuerySelector($"a[href='/Reviews/{id}']"));
        }

        var delegatePage = await (await FormClient.SignedInAsync(app, Delegate)).GetPageAsync("/Actions?view=Overdue");
        Assert.NotNull(delegatePage.QuerySelector($"{row} a[href='/Reviews/{id}/Actions/1']"));
        var done = await (await FormClient.SignedInAsync(app, Delegate)).GetPageAsync("/Actions?view=Done");
        Assert.Null(done.QuerySelector(row));
    }

    [Fact]
    public async Task Register_AnotherOrganisation_DoesNotListTheReviewsActions()
    {
        var (_, id) = await SubmittedAsync(app, LongAgo);
        var other = await FormClient.SignedInAsync(app, "delegate@agency-two.example");
        var otherOrganisation = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == Cims.Web.Data.Seeding.DemoAccounts.AgencyTwo).Select(o => o.Id).SingleAsync());
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);

        Assert.Null((await other.GetPageAsync("/Actions?view=All")).QuerySelector($"tr[data-action='review-{id}-1']"));
        Assert.Null((await staff.GetPageAsync($"/Actions?view=All&organisationId={otherOrganisation}")).QuerySelector($"tr[data-action='review-{id}-1']"));
    }

    [Fact]
    public async Task Register_WithdrawnReview_ItsActionsAreNoLongerTracked()
    {
        var (_, id) = await OpenedAsync(app);
        await ChangeAsync(app, id, (review, _, now) =>
        {
            review.AddAction("Retrain the evening team.", "Practice lead", LongAgo, now).MustSucceed();
            review.Withdraw(Builder, "The incident was reported twice.", now).MustSucceed();
        });
        var client = await FormClient.SignedInAsync(app, Delegate);

        Assert.Null((await client.GetPageAsync("/Actions?view=All")).QuerySelector($"tr[data-action='review-{id}-1']"));
    }

    [Fact]
    public async Task CompletionRates_CountTheReviewsActions()
    {
        var (_, id) = await SubmittedAsync(app, LongAgo);
        await ChangeAsync(app, id, (review, _, now) => review.TrackAction(1, RecommendationStatus.Done, "January roster: two workers every evening.", now).MustSucceed());
        var staff = await FormClient.SignedInAsync(app, DepartmentStaff);

        var department = await staff.GetPageAsync("/Actions?view=Done");

        var organisationId = await app.WithDbAsync(db => db.Reviews.Where(r => r.Id == id).Select(r => r.OrganisationId).SingleAsync());
        var (total, done) = await app.WithDbAsync(async db =>
        {
            var statuses = await db.Investigations.AsNoTracking().Where(v => v.OrganisationId == organisationId && v.Status != InvestigationStatus.Withdrawn && v.PlanEndorsedAt != null)
                .SelectMany(v => v.Recommendations).Select(r => r.Status).ToListAsync();
            var reviewStatuses = await db.Reviews.AsNoTracking().Where(r => r.OrganisationId == organisationId && r.Status != ReviewStatus.Withdrawn)
                .SelectMany(r => r.Actions).Select(a => a.Status).ToListAsync();
            Assert.Contains(RecommendationStatus.Done, reviewStatuses);
            var all = statuses.Concat(reviewStatuses).ToList();
            return (all.Count, all.Count(s => s == RecommendationStatus.Done));
        });
        var rate = department.QuerySelectorAll("#completion-rates tbody tr").Single(tr => tr.TextContent.Contains("Agency One", StringComparison.Ordinal));
        Assert.Equal([total.ToString(CultureInfo.InvariantCulture), done.ToString(CultureInfo.InvariantCulture)], rate.QuerySelectorAll("td").Take(2).Select(td => td.TextContent.Trim()));
        var doneRow = department.QuerySelector($"tr[data-action='review-{id}-1']")!;
        Assert.Contains("January roster: two workers every evening.", doneRow.TextContent, StringComparison.Ordinal);
        Assert.Null(doneRow.QuerySelector("[data-overdue]"));
    }
}

public sealed class SqliteActionRegisterReviewTests(SqliteApp app) : ActionRegisterReviewTests<SqliteApp>(app);

public sealed class PostgresActionRegisterReviewTests(PostgresApp app) : ActionRegisterReviewTests<PostgresApp>(app);
