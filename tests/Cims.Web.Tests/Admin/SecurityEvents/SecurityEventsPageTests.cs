using System.Globalization;
using System.Net;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Time;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Admin.SecurityEvents;

/// <summary>Refused requests and exports leave their events; the security officer finds them, and only they may.</summary>
public abstract class SecurityEventsPageTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SecurityEventsApp
{
    private const string Officer = "security@department.example";

    [Fact]
    public async Task OtherOrganisationsIncident_GetAndPost_EachRecordOneAccessRefused()
    {
        var theirs = await IncidentBuilder.CreateAsync(app, "reporter@agency-two.example");
        var before = await app.LastIdAsync();
        var reporter = await app.SignedInFromAsync("203.0.113.20", "reporter@agency-one.example");
        var token = FormClient.Token(await reporter.GetPageAsync("/Manage/ChangePassword"));

        var get = await reporter.Http.GetAsync($"/Incidents/{theirs}");
        var post = await reporter.PostWithTokenAsync($"/Incidents/{theirs}/Addendum", token, [new("Text", "Probing.")]);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, post.StatusCode));
        var refused = await app.EventsAsync(SecurityActions.AccessRefused, before);
        Assert.Equal(2, refused.Count);
        Assert.All(refused, e => Assert.Equal(("reporter@agency-one.example", theirs.ToString(CultureInfo.InvariantCulture), "203.0.113.20"), (e.UserName, e.EntityId, e.IpAddress)));
        Assert.Equal(["/Incidents/{id:int}", "/Incidents/{id:int}/Addendum"], refused.Select(e => e.EntityType));
        Assert.StartsWith("POST ", refused[1].Details);
    }

    [Fact]
    public async Task ForbiddenPage_RecordsOneAccessRefused()
    {
        var before = await app.LastIdAsync();
        var reporter = await app.SignedInFromAsync("203.0.113.21", "reporter@agency-one.example");

        var denied = await reporter.Http.GetAsync("/Security/Events");
        await reporter.Http.GetAsync(denied.Headers.Location);

        var entry = Assert.Single(await app.EventsAsync(SecurityActions.AccessRefused, before));
        Assert.Equal(("/Security/Events", "203.0.113.21"), (entry.EntityType, entry.IpAddress));
        Assert.Contains("403", entry.Details);
    }

    [Fact]
    public async Task IncidentsCsv_RecordsExportWithFiltersAndRowCount()
    {
        await IncidentBuilder.CreateAsync(app, "reporter@agency-one.example", Domain.Incidents.IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 6, 10));
        var before = await app.LastIdAsync();
        var staff = await app.SignedInFromAsync("203.0.113.22", "staff@department.example");

        var csv = await staff.Http.GetStringAsync("/Analysis/Incidents.csv?From=01/01/2019&To=31/12/2019&Impact=Major");

        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.True(rows > 0);
        var entry = Assert.Single(await app.EventsAsync(SecurityActions.Export, before));
        Assert.Equal(("staff@department.example", "203.0.113.22"), (entry.UserName, entry.IpAddress));
        Assert.StartsWith("incidents_", entry.EntityId);
        Assert.Equal($"Rows: {rows}\nFilters: From=01/01/2019; Impact=Major; To=31/12/2019", entry.Details);
    }

    [Fact]
    public async Task Page_KindAndDates_ShowsOnlyThoseEventsAndItsCsvHasTheSameRows()
    {
        var user = $"nobody-{Guid.NewGuid():N}@nowhere.example";
        var stranger = app.ClientFrom("203.0.113.23");
        await stranger.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Email"] = user, ["Password"] = "Wrong-Password-123!" });
        var officer = await app.SignedInFromAsync("203.0.113.24", Officer);
        var today = TimeProvider.System.Today().Display();
        var query = $"?User={Uri.EscapeDataString(user)}&Kind=signin_failed&From={today}&To={today}";

        var page = await officer.GetPageAsync("/Security/Events" + query);
        var past = await officer.GetPageAsync($"/Security/Events?User={Uri.EscapeDataString(user)}&Kind=signin_failed&From=01/01/2020&To=31/12/2020");
        var otherKind = await officer.GetPageAsync($"/Security/Events?User={Uri.EscapeDataString(user)}&Kind=lockout");
        var before = await app.LastIdAsync();
        var csv = await officer.Http.GetStringAsync("/Security/Events.csv" + query);

        var row = Assert.Single(page.QuerySelectorAll("tbody tr")).TextContent;
        Assert.Contains("Sign-in failed", row);
        Assert.Contains("203.0.113.23", row);
        Assert.Empty(past.QuerySelectorAll("tbody tr"));
        Assert.Empty(otherKind.QuerySelectorAll("tbody tr"));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("security.signin_failed", lines[1]);
        Assert.Contains("203.0.113.23", lines[1]);
        var export = Assert.Single(await app.EventsAsync(SecurityActions.Export, before));
        Assert.StartsWith("Rows: 1\nFilters: From=", export.Details);
        Assert.Contains("Kind=signin_failed", export.Details);
        Assert.Null((await app.VerifyChainAsync()).FirstBroken);
    }

    [Fact]
    public async Task Page_BadDates_ShowsMessagesInTheSummaryNotA500()
    {
        var officer = await app.SignedInFromAsync("203.0.113.25", Officer);

        var response = await officer.Http.GetAsync("/Security/Events?From=31/02/2026&To=2026-12-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("DD/MM/YYYY", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Contains("DD/MM/YYYY", page.QuerySelector("#From-error")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    [Theory]
    [InlineData("reporter@agency-one.example")]
    [InlineData("orgadmin@agency-one.example")]
    [InlineData("admin@department.example")]
    public async Task Page_NotSecurityOfficer_IsRefusedWith403(string email)
    {
        var client = await app.SignedInFromAsync("203.0.113.26", email);

        var denied = await client.Http.GetAsync("/Security/Events");
        var csv = await client.Http.GetAsync("/Security/Events.csv");

        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString);
        Assert.Contains("/Account/AccessDenied", csv.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(denied.Headers.Location)).StatusCode);
    }
}

public sealed class SqliteSecurityEventsPageTests(SqliteSecurityEventsApp app) : SecurityEventsPageTests<SqliteSecurityEventsApp>(app);

public sealed class PostgresSecurityEventsPageTests(PostgresSecurityEventsApp app) : SecurityEventsPageTests<PostgresSecurityEventsApp>(app);
