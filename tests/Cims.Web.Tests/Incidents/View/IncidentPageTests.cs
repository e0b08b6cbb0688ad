using System.Globalization;
using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Incidents.Endorsement;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Endorsement.ReviewForms;

namespace Cims.Web.Tests.Incidents.View;

public abstract class IncidentPageTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : EndorsementApp
{
    [Fact]
    public async Task Details_Reporter_ShowsClockRuleHistoryAndSections()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, Reporter);

        var page = await client.GetPageAsync($"/Incidents/{id}");

        Assert.Equal("Incident Not yet submitted", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Awaiting endorsement", page.QuerySelector("[data-status]")!.TextContent.Trim());
        Assert.Contains("E3", page.QuerySelector("main")!.TextContent);
        Assert.Matches(@"^\d\d/\d\d/\d{4} ", page.QuerySelector("[data-due]")!.TextContent);
        Assert.Matches("left|Overdue by", page.QuerySelector("[data-remaining]")!.TextContent);
        Assert.Contains("3 business days", page.QuerySelector("[data-rule]")!.TextContent);
        Assert.Contains("Awaiting endorsement", page.QuerySelector("#status-history tbody")!.TextContent);
        var main = page.QuerySelector("main")!.TextContent;
        foreach (var text in new[] { "Lounge room", "Jo Citizen", "Pat Staff", "Physical abuse", "Morgan Manager", "Exact", "A-123", "Female" })
            Assert.Contains(text, main);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/Incidents/{id}/Pdf");
    }

    [Fact]
    public async Task Details_TwoQuickViews_WriteOneViewedEntry()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        await client.GetPageAsync($"/Incidents/{id}");
        var page = await client.GetPageAsync($"/Incidents/{id}");

        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/Endorsement/{id}");
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "incident.viewed" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Details_OtherAgencyReporter_Returns404()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, "reporter@agency-two.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Incidents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Incidents/{id}/Addendum")).StatusCode);
    }

    [Fact]
    public async Task Addendum_AfterSubmission_ShownWithAuthorAndOriginalUnchanged()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var client = await FormClient.SignedInAsync(app, Reporter);

        var empty = await client.PostFormAsync($"/Incidents/{id}/Addendum", $"/Incidents/{id}/Addendum", new() { ["Text"] = "", ["Version"] = (await LoadAsync(app, id)).Version.ToString() });
        Assert.Contains("Enter the correction.", (await FormClient.ParseAsync(empty)).QuerySelector("#Text-error")!.TextContent);
        var response = await client.PostFormAsync($"/Incidents/{id}/Addendum", $"/Incidents/{id}/Addendum",
            new() { ["Text"] = "The incident happened at 2:45 PM, not 2:15 PM.", ["Version"] = (await LoadAsync(app, id)).Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync($"/Incidents/{id}");
        var addendums = page.QuerySelector("#addendums")!.TextContent;
        Assert.Contains("The incident happened at 2:45 PM, not 2:15 PM.", addendums);
        Assert.Contains("Correction", addendums);
        Assert.Equal("The client said a staff member pushed her.", page.QuerySelector("[data-description]")!.TextContent.Trim());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "incident.addendum_added" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Addendum_BeforeEndorsement_IsNotOffered()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, Reporter);

        var response = await client.Http.GetAsync($"/Incidents/{id}/Addendum");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Incidents/{id}", response.Headers.Location?.OriginalString);
    }
}

public sealed class SqliteIncidentPageTests(SqliteEndorsementApp app) : IncidentPageTests<SqliteEndorsementApp>(app);

public sealed class PostgresIncidentPageTests(PostgresEndorsementApp app) : IncidentPageTests<PostgresEndorsementApp>(app);
