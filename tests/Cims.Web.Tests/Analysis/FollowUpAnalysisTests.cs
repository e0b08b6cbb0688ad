using System.Runtime.CompilerServices;
using AngleSharp.Html.Dom;
using Cims.Domain.Calendar;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Analysis;
using Cims.Web.Infrastructure.Time;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Incidents.Investigations;
using Cims.Web.Tests.Incidents.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Analysis;

/// <summary>
/// The follow-up tiles on 2 December 2026 (the clock is frozen there): agency one has an investigation approved on time
/// (A), one overdue with an extension waiting and an overdue recommendation (B), a case review approved late with its
/// action done (C), and an overdue investigation on police hold (D), which is not counted as late.
/// </summary>
public abstract class FollowUpAnalysisTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ClockApp
{
    private const string Staff = "staff@department.example";
    private const string Analyst = "analyst@department.example";
    private static readonly Actor Builder = new("builder", "Test Builder");
    private static readonly ConditionalWeakTable<TApp, Task<Work>> Seeded = [];

    private static readonly InvestigationTimeRules Rules = new(
        new BusinessCalendar(VictorianHolidays.ForYears(2026, 2028).Select(h => h.Date)), MelbourneTime.Zone, InvestigationTimeRules.DefaultMaxExtensionBusinessDays);

    private sealed record Work(int OnTime, int Overdue, int ReviewedLate, int OnHold, int AgencyOne);

    private Task<Work> SeedAsync() => Seeded.GetValue(app, _ => SeedOnceAsync());

    private async Task<Work> SeedOnceAsync()
    {
        var now = app.Clock.GetUtcNow();
        var (a, aId) = await InvestigationBuilder.OutcomeSubmittedAsync(app, approve: true);
        var (b, bId) = await InvestigationBuilder.InProgressAsync(app);
        var (d, dId) = await InvestigationBuilder.InProgressAsync(app);
        var (c, cId) = await ReviewBuilder.CreateAsync(app);
        await ReviewBuilder.CompleteCaseReviewAsync(app, cId);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var review = await db.Reviews.AsSplitQuery().SingleAsync(r => r.Id == cId);
        var reviewed = await db.Incidents.SingleAsync(i => i.Id == c);
        review.Submit(reviewed, Builder, IncidentBuilder.Now).MustSucceed();
        review.Approve(reviewed, Builder, investigationDone: false, IncidentBuilder.Now).MustSucceed();
        review.TrackAction(1, RecommendationStatus.Done, "Rostered from December.", IncidentBuilder.Now).MustSucceed();
        db.Entry(review).Property(r => r.DueAt).CurrentValue = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);
        var onTime = await db.Investigations.SingleAsync(v => v.Id == aId);
        db.Entry(onTime).Property(v => v.DueAt).CurrentValue = new DateTimeOffset(2026, 12, 20, 6, 0, 0, TimeSpan.Zero);
        var overdue = await db.Investigations.SingleAsync(v => v.Id == bId);
        db.Entry(overdue).Property(v => v.DueAt).CurrentValue = new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
        overdue.Recommend("Two workers on evening shifts.", "Operations manager", new DateOnly(2026, 11, 30), now).MustSucceed();
        var held = await db.Investigations.SingleAsync(v => v.Id == dId);
        db.Entry(held).Property(v => v.DueAt).CurrentValue = new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
        held.PauseForPolice("Police asked the investigation to wait.", Builder, now).MustSucceed();
        await db.SaveChangesAsync();
        overdue.RequestExtension(new DateOnly(2026, 12, 10), "The family asked to meet next week.", Builder, Rules, now).MustSucceed();
        await db.SaveChangesAsync();
        return new Work(a, b, c, d, onTime.OrganisationId);
    }

    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.Children.Select(c => c.TextContent.Trim())];

    private static int[] Incidents(IHtmlDocument list) =>
        [.. list.QuerySelectorAll("#analysis-incidents tbody a").Select(a => int.Parse(a.GetAttribute("href")!["/Incidents/".Length..], System.Globalization.CultureInfo.InvariantCulture)).Order()];

    private static string Link(IHtmlDocument page, string tile, string label) =>
        page.QuerySelector($"[data-tile='{tile}'] a[aria-label$='{label}']")!.GetAttribute("href")!;

    [Fact]
    public async Task FollowUpTiles_DepartmentStaff_CountOnTimeLateOverdueExtensionsAndActions_AndEachFigureDrillsToItsIncidents()
    {
        var work = await SeedAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);

        var page = await staff.GetPageAsync("/Analysis");

        Assert.Equal(["Agency One Community Services", "1", "1", "50.0%", "0", "1", "0.0%", "1", "2", "33.3%"],
            Cells(page.QuerySelector("[data-tile='follow-up'] tbody tr")!));
        Assert.Contains("Investigations: 1 of 2 on time (50.0%)", page.QuerySelector("[data-tile='follow-up'] [data-tile-summary]")!.TextContent);
        Assert.Equal(["Agency One Community Services", "1", "0", "1", "1", "0", "0"], Cells(page.QuerySelector("[data-tile='overdue'] tbody tr")!));
        Assert.Equal(["Agency One Community Services", "2", "1", "0", "1", "1", "50.0%"], Cells(page.QuerySelector("[data-tile='actions'] tbody tr")!));
        Assert.Equal([work.Overdue], Incidents(await staff.GetPageAsync(Link(page, "follow-up", WorkMeasure.InvestigationLate.Display()))));
        Assert.Equal([work.OnTime], Incidents(await staff.GetPageAsync(Link(page, "follow-up", WorkMeasure.InvestigationOnTime.Display()))));
        Assert.Equal([work.ReviewedLate], Incidents(await staff.GetPageAsync(Link(page, "follow-up", WorkMeasure.ReviewLate.Display()))));
        Assert.Equal(new[] { work.Overdue, work.ReviewedLate }.Order(), Incidents(await staff.GetPageAsync(Link(page, "follow-up", WorkMeasure.OutcomeLate.Display()))));
        Assert.Equal([work.Overdue], Incidents(await staff.GetPageAsync(Link(page, "overdue", WorkMeasure.InvestigationOverdue.Display()))));
        Assert.Equal([work.Overdue], Incidents(await staff.GetPageAsync(Link(page, "overdue", WorkMeasure.ExtensionPending.Display()))));
        Assert.Equal([work.Overdue], Incidents(await staff.GetPageAsync(Link(page, "actions", WorkMeasure.ActionOverdue.Display()))));
        Assert.Equal([work.ReviewedLate], Incidents(await staff.GetPageAsync(Link(page, "actions", WorkMeasure.ActionDone.Display()))));
        Assert.DoesNotContain(work.OnHold, Incidents(await staff.GetPageAsync("/Analysis/Incidents?Work=InvestigationLate")));
    }

    [Fact]
    public async Task FollowUpTiles_Csv_HasTheRowsOnScreen()
    {
        await SeedAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);

        var followUp = await staff.Http.GetAsync("/Analysis/Tables/follow-up.csv");
        var overdue = await (await staff.Http.GetAsync("/Analysis/Tables/overdue.csv?Impact=Major")).Content.ReadAsStringAsync();
        var actions = await (await staff.Http.GetAsync("/Analysis/Tables/actions.csv")).Content.ReadAsStringAsync();

        Assert.Equal("text/csv", followUp.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("follow-up-on-time_all_", followUp.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(
            [
                "Organisation,Investigations on time,Investigations late,Investigations share on time,Reviews on time,Reviews late,Reviews share on time,"
                + "Follow-up outcomes on time,Follow-up outcomes late,Follow-up outcomes share on time",
                "Agency One Community Services,1,1,50.0%,0,1,0.0%,1,2,33.3%",
            ],
            (await followUp.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Agency One Community Services,1,0,1,1,0,0", overdue);
        Assert.EndsWith("Agency One Community Services,2,1,0,1,1,50.0%", actions.TrimEnd());
    }

    [Fact]
    public async Task FollowUpTiles_Analyst_SeesSmallCountsSuppressed()
    {
        await SeedAsync();
        var analyst = await FormClient.SignedInAsync(app, Analyst);

        var page = await analyst.GetPageAsync("/Analysis");

        Assert.Equal(["Agency One Community Services", "<5", "<5", "—", "0", "<5", "—", "<5", "<5", "—"], Cells(page.QuerySelector("[data-tile='follow-up'] tbody tr")!));
        Assert.Equal(["Agency One Community Services", "<5", "<5", "0", "<5", "<5", "—"], Cells(page.QuerySelector("[data-tile='actions'] tbody tr")!));
        var csv = await (await analyst.Http.GetAsync("/Analysis/Tables/overdue.csv")).Content.ReadAsStringAsync();
        Assert.Contains("Agency One Community Services,<5,0,<5,<5,0,0", csv);
    }

    [Fact]
    public async Task FollowUpTiles_AnotherOrganisationsDelegate_SeesNoneOfItEvenByAskingForIt()
    {
        var work = await SeedAsync();
        var delegateTwo = await FormClient.SignedInAsync(app, "delegate@agency-two.example");

        var page = await delegateTwo.GetPageAsync("/Analysis");
        var forged = await delegateTwo.GetPageAsync($"/Analysis/Incidents?OrganisationId={work.AgencyOne}&Work=InvestigationLate");
        var forgedCsv = await (await delegateTwo.Http.GetAsync($"/Analysis/Tables/follow-up.csv?OrganisationId={work.AgencyOne}")).Content.ReadAsStringAsync();

        Assert.Empty(page.QuerySelectorAll("[data-tile='follow-up'] tbody tr"));
        Assert.Contains("No investigation or review", page.QuerySelector("[data-tile='follow-up'] [data-tile-summary]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("[data-tile='actions'] tbody tr"));
        Assert.Equal("0", forged.QuerySelector("[data-incident-count]")!.TextContent.Split(' ')[0]);
        Assert.DoesNotContain("Agency One", forgedCsv);
    }

    [Fact]
    public async Task FollowUpFilter_UnknownState_SaysSoAndKeepsTheOtherFilters()
    {
        var staff = await FormClient.SignedInAsync(app, Staff);

        var response = await staff.Http.GetAsync("/Analysis/Incidents?Work=Everything&Impact=Major");
        var page = await FormClient.ParseAsync(response);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-error-summary]"));
        Assert.Equal("Major", page.QuerySelector("#Impact option[selected]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#analysis-incidents"));
    }
}

public sealed class SqliteFollowUpAnalysisTests(SqliteClockApp app) : FollowUpAnalysisTests<SqliteClockApp>(app);

public sealed class PostgresFollowUpAnalysisTests(PostgresClockApp app) : FollowUpAnalysisTests<PostgresClockApp>(app);
