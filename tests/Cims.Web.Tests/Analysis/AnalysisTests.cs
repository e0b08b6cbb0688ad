using System.Net;
using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Incidents.Investigations;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Analysis;

/// <summary>
/// The dashboard, its drill-down list and its CSVs: what the analyst, department staff and an organisation's delegate
/// each see of incidents reported by two organisations in one year, small counts suppressed for the analyst.
/// </summary>
public abstract class AnalysisTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string Analyst = "analyst@department.example";
    private const string Staff = "staff@department.example";
    private const string AgencyOneReporter = "reporter@agency-one.example";
    private const string AgencyTwoReporter = "reporter@agency-two.example";

    /// <summary>Six incidents of agency one (five major) and two of agency two, reported on days of <paramref name="year"/>.</summary>
    private async Task<(int AgencyOne, int AgencyTwo)> ReportedInAsync(int year)
    {
        for (var i = 0; i < 6; i++)
            await IncidentBuilder.CreateAsync(app, AgencyOneReporter, IncidentStatus.SubmittedToDepartment, i == 0 ? ImpactLevel.NonMajor : ImpactLevel.Major, new DateOnly(year, 5, 10 + i));
        for (var i = 0; i < 2; i++)
            await IncidentBuilder.CreateAsync(app, AgencyTwoReporter, IncidentStatus.SubmittedToDepartment, ImpactLevel.Major, new DateOnly(year, 6, 10 + i));
        return await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.Email == AgencyOneReporter).Select(u => u.OrganisationId).SingleAsync(),
            await db.Users.Where(u => u.Email == AgencyTwoReporter).Select(u => u.OrganisationId).SingleAsync()));
    }

    private static string Year(int year) => $"?From=01/01/{year}&To=31/12/{year}";

    private static List<(string Label, string Count)> Rows(IHtmlDocument page, string tile) =>
        [.. page.QuerySelectorAll($"[data-tile='{tile}'] tbody tr").Select(r => (r.QuerySelector("th")!.TextContent.Trim(), r.QuerySelectorAll("td")[0].TextContent.Trim()))];

    [Fact]
    public async Task Dashboard_AnalystForAYear_CountsEachOrganisationSuppressesTheSmallOneAndDrillsIntoDeidentifiedRows()
    {
        var (_, agencyTwo) = await ReportedInAsync(2023);
        var analyst = await FormClient.SignedInAsync(app, Analyst);

        var page = await analyst.GetPageAsync("/Analysis" + Year(2023));

        Assert.Equal([("Agency One Community Services", "6"), ("Agency Two Youth and Family Services", "<5")], Rows(page, "organisation"));
        Assert.Equal([("Major impact", "7"), ("Non-major impact", "<5")], Rows(page, "impact"));
        Assert.Equal([("2023", "8")], Rows(page, "year"));
        Assert.Contains("<5", page.QuerySelectorAll("[data-tile='timeliness'] tbody tr").Single(r => r.TextContent.Contains("Agency Two", StringComparison.Ordinal)).TextContent);
        Assert.Contains("8 incidents", page.QuerySelector("[data-tile='organisation'] [data-tile-summary]")!.TextContent);
        var drill = page.QuerySelectorAll("[data-tile='organisation'] tbody a[data-drill]").Last().GetAttribute("href")!;
        Assert.Contains($"OrganisationId={agencyTwo}", drill);
        var list = await analyst.GetPageAsync(drill);
        Assert.Equal(2, list.QuerySelectorAll("#analysis-incidents tbody tr").Length);
        Assert.Equal("<5", list.QuerySelector("[data-incident-count]")!.TextContent.Split(' ')[0]);
        Assert.Empty(list.QuerySelectorAll("#analysis-incidents a"));
        Assert.DoesNotContain("Citizen", list.QuerySelector("main")!.TextContent);
        var csv = await analyst.Http.GetAsync("/Analysis/Tables/organisation.csv" + Year(2023));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("incidents-by-organisation_occurred-01-01-2023-to-31-12-2023_", csv.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(
            ["Organisation,Incidents,Share", "Agency One Community Services,6,75.0%", "Agency Two Youth and Family Services,<5,—"],
            (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var rows = (await (await analyst.Http.GetAsync(drill.Replace("/Analysis/Incidents", "/Analysis/Incidents.csv", StringComparison.Ordinal))).Content.ReadAsStringAsync())
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.Contains("Agency Two Youth and Family Services", r));
    }

    [Fact]
    public async Task Dashboard_DepartmentStaff_SeeEveryCountAndTimelinessAndOpenTheIncidents()
    {
        var (_, agencyTwo) = await ReportedInAsync(2022);
        var late = await app.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.Where(i => i.OrganisationId == agencyTwo && i.Dates!.OccurredOn.Year == 2022).OrderBy(i => i.Id).FirstAsync();
            incident.SetDeadline(new Deadline(incident.SubmittedAt!.Value.AddHours(-1), "Test rule"));
            await db.SaveChangesAsync();
            return incident.Number;
        });
        var staff = await FormClient.SignedInAsync(app, Staff);

        var page = await staff.GetPageAsync("/Analysis" + Year(2022));
        var list = await staff.GetPageAsync(page.QuerySelectorAll("[data-tile='impact'] tbody a[data-drill]").Last().GetAttribute("href")!);
        var timeliness = page.QuerySelectorAll("[data-tile='timeliness'] tbody tr").Select(r => r.TextContent.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var lateList = await staff.GetPageAsync(page.QuerySelector("[data-tile='timeliness'] a[aria-label$='late reports']")!.GetAttribute("href")!);

        Assert.Equal([("Agency One Community Services", "6"), ("Agency Two Youth and Family Services", "2")], Rows(page, "organisation"));
        var only = Assert.Single(list.QuerySelectorAll("#analysis-incidents tbody tr"));
        Assert.Contains("Non-major impact", only.TextContent);
        Assert.StartsWith("/Incidents/", only.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["Agency Two Youth and Family Services", "2", "1", "1", "50.0%"], timeliness[0]);
        Assert.Equal(["Agency One Community Services", "6", "6", "0", "100.0%"], timeliness[1]);
        Assert.Contains("7 of 8 reports on time (87.5%)", page.QuerySelector("[data-tile='timeliness'] [data-tile-summary]")!.TextContent);
        Assert.Equal(late, Assert.Single(lateList.QuerySelectorAll("#analysis-incidents tbody th")).TextContent.Trim());
        var csv = await (await staff.Http.GetAsync("/Analysis/Tables/timeliness.csv" + Year(2022))).Content.ReadAsStringAsync();
        Assert.Contains("Agency Two Youth and Family Services,2,1,1,50.0%", csv);
    }

    [Fact]
    public async Task Dashboard_Delegate_SeesOnlyTheirOrganisationEvenWhenAskingForAnother()
    {
        var (agencyOne, _) = await ReportedInAsync(2021);
        var delegateTwo = await FormClient.SignedInAsync(app, "delegate@agency-two.example");

        var page = await delegateTwo.GetPageAsync("/Analysis" + Year(2021));
        var forged = await delegateTwo.GetPageAsync($"/Analysis/Incidents{Year(2021)}&OrganisationId={agencyOne}");
        var forgedCsv = await (await delegateTwo.Http.GetAsync($"/Analysis/Incidents.csv{Year(2021)}&OrganisationId={agencyOne}")).Content.ReadAsStringAsync();

        Assert.Null(page.QuerySelector("[data-tile='organisation']"));
        Assert.Null(page.QuerySelector("#OrganisationId"));
        Assert.Equal([("Major impact", "2")], Rows(page, "impact"));
        Assert.Equal("0", forged.QuerySelector("[data-incident-count]")!.TextContent.Split(' ')[0]);
        Assert.Single(forgedCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var submittedThatDay = await delegateTwo.GetPageAsync("/Analysis/Incidents?Basis=Submitted&From=23/11/2026&To=23/11/2026");
        var submittedAfter = await delegateTwo.GetPageAsync("/Analysis/Incidents?Basis=Submitted&From=24/11/2026");
        Assert.NotEqual("0", submittedThatDay.QuerySelector("[data-incident-count]")!.TextContent.Split(' ')[0]);
        Assert.Equal("0", submittedAfter.QuerySelector("[data-incident-count]")!.TextContent.Split(' ')[0]);
    }

    [Fact]
    public async Task Dashboard_ImpossibleDate_SaysSoBesideTheFieldAndInTheSummaryAndKeepsIt()
    {
        var analyst = await FormClient.SignedInAsync(app, Analyst);

        var response = await analyst.Http.GetAsync("/Analysis?From=31/02/2023&DivisionId=1");
        var page = await FormClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the 'from' date as DD/MM/YYYY", page.QuerySelector("#From-error")!.TextContent);
        Assert.Contains("Enter the 'from' date as DD/MM/YYYY", page.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal("31/02/2023", page.QuerySelector("#From")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("[data-tile]"));
    }

    [Fact]
    public async Task Dashboard_PeopleTiles_CountSubjectsByRoleAndAboriginalClients_AndDrillIntoThem()
    {
        await ReportedInAsync(2025);
        var aboriginal = await IncidentBuilder.CreateAsync(app, AgencyOneReporter, IncidentStatus.SubmittedToDepartment, ImpactLevel.Major, new DateOnly(2025, 8, 1));
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"IncidentClients\" SET \"IndigenousStatus\" = '3' WHERE \"IncidentId\" = {aboriginal}"));
        var staff = await FormClient.SignedInAsync(app, Staff);

        var page = await staff.GetPageAsync("/Analysis" + Year(2025));
        var drill = page.QuerySelectorAll("[data-tile='aboriginal'] tbody a[data-drill]")
            .Single(a => a.TextContent.StartsWith("With", StringComparison.Ordinal)).GetAttribute("href")!;
        var list = await staff.GetPageAsync(drill);

        Assert.Equal(
            [("No Aboriginal or Torres Strait Islander client recorded", "8"), ("With an Aboriginal or Torres Strait Islander client", "1")],
            Rows(page, "aboriginal"));
        Assert.Equal([("2025", "9")], Rows(page, "year"));
        Assert.Equal([("Staff (including volunteers)", "9")], Rows(page, "subjectrole"));
        Assert.Contains("Aboriginal=true", drill);
        Assert.Equal($"/Incidents/{aboriginal}", Assert.Single(list.QuerySelectorAll("#analysis-incidents tbody a")).GetAttribute("href"));
        Assert.Equal("true", list.QuerySelector("#Aboriginal option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Dashboard_Substantiation_CountsFindingsByTypeAndDrillsIntoTheSubstantiated()
    {
        var (first, a) = await InvestigationBuilder.InProgressAsync(app);
        var (second, b) = await InvestigationBuilder.InProgressAsync(app);
        await FindAsync(a, AllegationFinding.Substantiated, AllegationFinding.NotSubstantiated);
        await FindAsync(b, AllegationFinding.Substantiated, AllegationFinding.Substantiated);
        var staff = await FormClient.SignedInAsync(app, Staff);
        var analyst = await FormClient.SignedInAsync(app, Analyst);

        var page = await staff.GetPageAsync("/Analysis" + Year(2026));
        var row = page.QuerySelector("[data-tile='substantiation'] tbody tr")!;
        var substantiated = await staff.GetPageAsync(row.QuerySelector("a[aria-label$='substantiated']")!.GetAttribute("href")!);
        var notSubstantiated = await staff.GetPageAsync($"/Analysis/Incidents{Year(2026)}&AllegationType=Physical%20abuse&Substantiated=false");
        var suppressed = (await analyst.GetPageAsync("/Analysis" + Year(2026))).QuerySelector("[data-tile='substantiation'] tbody tr")!;

        Assert.Equal(["Physical abuse", "4", "3", "75.0%"], Cells(row));
        Assert.Equal([first, second], Links(substantiated).Select(l => int.Parse(l["/Incidents/".Length..], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal([$"/Incidents/{first}"], Links(notSubstantiated));
        Assert.Equal(["Physical abuse", "<5", "<5", "—"], Cells(suppressed));
    }

    private async Task FindAsync(int investigationId, params AllegationFinding[] findings) => await app.WithDbAsync(async db =>
    {
        var investigation = await db.Investigations.SingleAsync(v => v.Id == investigationId);
        foreach (var (allegation, finding) in investigation.Allegations.OrderBy(x => x.Number).Zip(findings))
            investigation.RecordFinding(allegation.Number, finding, "Two staff saw it.", IncidentBuilder.Now).MustSucceed();
        return await db.SaveChangesAsync();
    });

    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.Children.Select(c => c.TextContent.Trim())];

    private static string[] Links(IHtmlDocument page) => [.. page.QuerySelectorAll("#analysis-incidents tbody a").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task Dashboard_PrivacyIncidents_ForTheDepartmentOnly_CountedByTimelinessBreachAndOutcome()
    {
        var disclosed = new DateTimeOffset(2020, 3, 10, 2, 0, 0, TimeSpan.Zero);
        var breaches = new[]
        {
            await PrivacyReport.PrivacyReportBuilder.SubmittedAsync(app, breach: true, disclosedAt: disclosed),
            await PrivacyReport.PrivacyReportBuilder.SubmittedAsync(app, breach: true, disclosedAt: disclosed.AddDays(1)),
        };
        await PrivacyReport.PrivacyReportBuilder.SubmittedAsync(app, breach: false, disclosedAt: disclosed.AddDays(2));
        var staff = await FormClient.SignedInAsync(app, Staff);
        var analyst = await FormClient.SignedInAsync(app, Analyst);
        var delegateOne = await FormClient.SignedInAsync(app, "delegate@agency-one.example");

        var page = await staff.GetPageAsync("/Analysis" + Year(2020));
        var breachLink = page.QuerySelectorAll("[data-tile='privacy'] tbody a").Single(a => a.TextContent.StartsWith("A breach", StringComparison.Ordinal)).GetAttribute("href")!;
        var breachList = await staff.GetPageAsync(breachLink);
        var analystList = await analyst.GetPageAsync(breachLink);

        Assert.Equal(("3", "3", "2"), (Figure(page, "Privacy incidents reported"), Figure(page, "Reported late"), Figure(page, "A breach occurred, as reported")));
        Assert.Equal(breaches.Select(id => $"/Department/Privacy/{id}").Order(), breachList.QuerySelectorAll("#analysis-privacy tbody a").Select(a => a.GetAttribute("href")!).Order());
        Assert.Equal(2, analystList.QuerySelectorAll("#analysis-privacy tbody tr").Length);
        Assert.Empty(analystList.QuerySelectorAll("#analysis-privacy a"));
        Assert.Equal("<5", Figure(await analyst.GetPageAsync("/Analysis" + Year(2020)), "Privacy incidents reported"));
        Assert.Contains("\"A breach occurred, as reported\",2,66.7%", await (await staff.Http.GetAsync("/Analysis/Tables/privacy.csv" + Year(2020))).Content.ReadAsStringAsync());
        Assert.Null((await delegateOne.GetPageAsync("/Analysis" + Year(2020))).QuerySelector("[data-tile='privacy']"));
        Assert.NotEqual(HttpStatusCode.OK, (await delegateOne.Http.GetAsync(breachLink)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Http.GetAsync($"/Analysis/Privacy{Year(2020)}&Measure=nonsense")).StatusCode);
    }

    private static string Figure(IHtmlDocument page, string label) =>
        page.QuerySelectorAll("[data-tile='privacy'] tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == label).QuerySelectorAll("td")[0].TextContent.Trim();

    [Theory]
    [InlineData("/Analysis")]
    [InlineData("/Analysis/Incidents")]
    [InlineData("/Analysis/Incidents.csv")]
    [InlineData("/Analysis/Tables/area.csv")]
    public async Task Analysis_AReporter_IsRefused(string url)
    {
        var reporter = await FormClient.SignedInAsync(app, AgencyOneReporter);

        var response = await reporter.Http.GetAsync(url);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class SqliteAnalysisTests(SqliteApp app) : AnalysisTests<SqliteApp>(app);

public sealed class PostgresAnalysisTests(PostgresApp app) : AnalysisTests<PostgresApp>(app);
