using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Incidents.Investigations;
using Cims.Web.Tests.Incidents.Reviews;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Analysis;

/// <summary>
/// The lessons library: agency one's approved investigation (staffing, a recommendation naming the client and the
/// subject) and approved case review appear to a reporter of agency two without a name in them; an investigation still
/// in progress does not; the organisation is named only once it agrees.
/// </summary>
public abstract class LessonsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static readonly Actor Builder = new("builder", "Test Builder");
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<TApp> Seeded = [];

    private async Task SeedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (!Seeded.Add(app))
                return;
            var (incidentId, id) = await InvestigationBuilder.InProgressAsync(app);
            await InvestigationBuilder.InProgressAsync(app);
            await app.WithDbAsync(async db =>
            {
                var investigation = await db.Investigations.SingleAsync(v => v.Id == id);
                var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
                foreach (var allegation in investigation.Allegations)
                    investigation.RecordFinding(allegation.Number, AllegationFinding.Substantiated, "Two staff saw it.", IncidentBuilder.Now).MustSucceed();
                investigation.SetContributingFactors(["STAFFING"], null, IncidentBuilder.Now).MustSucceed();
                investigation.Recommend("Jo Citizen's evening routine: two staff on shift, and Pat Staff not rostered alone.", "Operations manager", new DateOnly(2027, 3, 1), IncidentBuilder.Now).MustSucceed();
                investigation.SaveOutcome(new InvestigationOutcome("Pat Staff was stood down.", null, null, null), IncidentBuilder.Now).MustSucceed();
                investigation.SubmitOutcome(incident, Builder, IncidentBuilder.Now).MustSucceed();
                investigation.ApproveOutcome(incident, Builder, IncidentBuilder.Now).MustSucceed();
                return await db.SaveChangesAsync();
            });
            var (reviewedId, reviewId) = await ReviewBuilder.CreateAsync(app);
            await ReviewBuilder.CompleteCaseReviewAsync(app, reviewId);
            await app.WithDbAsync(async db =>
            {
                var review = await db.Reviews.AsSplitQuery().SingleAsync(r => r.Id == reviewId);
                var incident = await db.Incidents.SingleAsync(i => i.Id == reviewedId);
                review.Submit(incident, Builder, IncidentBuilder.Now).MustSucceed();
                review.Approve(incident, Builder, investigationDone: false, IncidentBuilder.Now).MustSucceed();
                return await db.SaveChangesAsync();
            });
        }
        finally
        {
            Once.Release();
        }
    }

    [Fact]
    public async Task Lessons_AnotherOrganisationsReporter_ReadsTheApprovedOnesWithoutANameInThem()
    {
        await SeedAsync();
        var reader = await FormClient.SignedInAsync(app, "reporter@agency-two.example");

        var page = await reader.GetPageAsync("/Lessons");

        var lessons = page.QuerySelectorAll("[data-lesson]");
        Assert.Equal(2, lessons.Length);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("[name] [name]'s evening routine: two staff on shift, and [name] [name] not rostered alone.", text);
        Assert.DoesNotContain("Citizen", text);
        Assert.DoesNotContain("Pat", text);
        Assert.DoesNotContain("Agency One", text);
        Assert.Contains("Staffing levels or rostering", text);
        Assert.Contains("Physical abuse: substantiated", text);
        Assert.Contains("Roster two workers on evenings.", text);
        Assert.Contains("Case review", lessons[0].TextContent + lessons[1].TextContent);
    }

    [Fact]
    public async Task Lessons_SearchedByFactorAndType()
    {
        await SeedAsync();
        var reader = await FormClient.SignedInAsync(app, "reporter@agency-two.example");
        var typeId = await app.WithDbAsync(db => db.IncidentTypes.Where(t => t.Name == "Physical abuse").Select(t => t.Id).SingleAsync());
        var otherType = await app.WithDbAsync(db => db.IncidentTypes.Where(t => t.Name != "Physical abuse").Select(t => t.Id).FirstAsync());

        var staffing = await reader.GetPageAsync("/Lessons?Factor=STAFFING");
        var ofType = await reader.GetPageAsync($"/Lessons?TypeId={typeId}");
        var none = await reader.GetPageAsync($"/Lessons?TypeId={otherType}");

        Assert.StartsWith("Investigation", Assert.Single(staffing.QuerySelectorAll("[data-lesson] h2")).TextContent);
        Assert.Equal(2, ofType.QuerySelectorAll("[data-lesson]").Length);
        Assert.Empty(none.QuerySelectorAll("[data-lesson]"));
    }

    [Fact]
    public async Task Lessons_NameTheOrganisationOnlyOnceItAgrees()
    {
        await SeedAsync();
        var reader = await FormClient.SignedInAsync(app, "reporter@agency-two.example");
        await app.WithDbAsync(async db =>
        {
            var agencyOne = await db.Organisations.SingleAsync(o => o.Name == "Agency One Community Services");
            agencyOne.NameInLessons(true);
            return await db.SaveChangesAsync();
        });

        var page = await reader.GetPageAsync("/Lessons?Factor=STAFFING");

        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Name == "Agency One Community Services")).NameInLessons(false);
            return await db.SaveChangesAsync();
        });
        Assert.Contains("Agency One Community Services", page.QuerySelector("[data-lesson]")!.TextContent);
    }
}

public sealed class SqliteLessonsTests(SqliteApp app) : LessonsTests<SqliteApp>(app);

public sealed class PostgresLessonsTests(PostgresApp app) : LessonsTests<PostgresApp>(app);
