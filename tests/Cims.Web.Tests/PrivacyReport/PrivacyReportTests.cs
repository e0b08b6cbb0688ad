using System.Net;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>The landing page, Proceed, the draft behind its cookie, stage links, Cancel and expiry.</summary>
public abstract class PrivacyReportTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    [Fact]
    public async Task Landing_Anonymous_ShowsRequirementsPolicyLinkAndProceed()
    {
        var page = await FormClient.For(app).GetPageAsync("/PrivacyReport");

        var main = page.QuerySelector("main")!;
        Assert.Equal("Report a privacy incident", main.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("within one business day", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Report possible privacy breaches as well as confirmed breaches", main.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Info/PrivacyStatement", page.QuerySelector("#privacy-policy")!.GetAttribute("href"));
        Assert.Equal("Proceed", main.QuerySelector("form[action='/PrivacyReport/Proceed'] button")!.TextContent.Trim());
        Assert.NotNull(main.QuerySelector("form input[name=__RequestVerificationToken]"));
        Assert.Null(page.QuerySelector("#draft-in-progress"));
    }

    [Fact]
    public async Task Proceed_NewVisitor_CreatesDraftAndSetsHttpOnlyStrictCookie()
    {
        var client = FormClient.For(app);

        var response = await client.PostFormAsync("/PrivacyReport", "/PrivacyReport/Proceed", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/PrivacyReport/Service", response.Headers.Location!.OriginalString);
        var cookie = PrivacyClient.Cookie(response)!;
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/PrivacyReport", cookie, StringComparison.OrdinalIgnoreCase);
        var token = cookie.Split(';')[0]["cims-privacy-draft=".Length..];
        Assert.Equal(43, token.Length);
        Assert.True(await app.WithDbAsync(db => db.PrivacyReports.AnyAsync(r => r.Token == token)));
        var stage = await client.GetPageAsync("/PrivacyReport/Service");
        Assert.Equal("Report and Contain", stage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("(Melbourne time)", stage.QuerySelector("#draft-expiry")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proceed_WithoutAntiforgeryToken_IsRefused()
    {
        var response = await FormClient.For(app).Http.PostAsync("/PrivacyReport/Proceed", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/PrivacyReport/Service")]
    [InlineData("/PrivacyReport/Officer")]
    [InlineData("/PrivacyReport/Dates")]
    [InlineData("/PrivacyReport/Cancel")]
    public async Task Stage_NoDraftCookie_ReturnsToLandingPage(string url)
    {
        var response = await FormClient.For(app).Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/PrivacyReport", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Stage_ForgedToken_ReturnsToLandingPage()
    {
        var client = FormClient.For(app);
        client.Http.DefaultRequestHeaders.Add("Cookie", "cims-privacy-draft=" + new string('A', 43));

        var response = await client.Http.GetAsync("/PrivacyReport/Service");

        Assert.Equal("/PrivacyReport", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Stage_AnotherDraftsCookie_SeesOnlyItsOwnDraft()
    {
        var owner = await PrivacyClient.StartedAsync(app);
        await owner.PostStageAsync("Service", (await ServiceChoice.AgencyOneAsync(app)).Fields());
        var stranger = await PrivacyClient.StartedAsync(app);

        var page = await stranger.GetPageAsync("/PrivacyReport/Service");

        Assert.Empty(page.QuerySelector("#Street")!.GetAttribute("value") ?? "");
        Assert.Equal("/PrivacyReport/Service", (await stranger.Http.GetAsync("/PrivacyReport/Officer")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task StageLinks_NewDraft_OnlyServiceIsCurrentOthersDisabled()
    {
        var client = await PrivacyClient.StartedAsync(app);

        var page = await client.GetPageAsync("/PrivacyReport/Service");

        var items = page.QuerySelectorAll("[data-stage-links] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["1. Service", "2. Reporting officer", "3. Dates", "4. Description", "5. Person(s) impacted", "6. Containment"], items);
        Assert.Empty(page.QuerySelectorAll("[data-stage-links] a"));
        Assert.Equal(5, page.QuerySelectorAll("[data-stage-links] [aria-disabled=true]").Length);
        Assert.Equal("/PrivacyReport/Service", (await client.Http.GetAsync("/PrivacyReport/Officer")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task StageLinks_ServiceAndOfficerComplete_LinkUpToDates()
    {
        var client = await PrivacyClient.StartedAsync(app);
        await client.CompleteServiceAndOfficerAsync(await ServiceChoice.AgencyOneAsync(app));

        var page = await client.GetPageAsync("/PrivacyReport/Dates");

        var links = page.QuerySelectorAll("[data-stage-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/PrivacyReport/Service", "/PrivacyReport/Officer"], links);
        Assert.Equal("3. Dates", page.QuerySelector("[aria-current=step]")!.TextContent.Trim());
        Assert.Equal("Date of incident", page.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal("/PrivacyReport/Dates", (await client.Http.GetAsync("/PrivacyReport/Description")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Service_ValidPost_SavesEveryFieldAndShowsThemAgain()
    {
        var client = await PrivacyClient.StartedAsync(app);
        var choice = await ServiceChoice.AgencyOneAsync(app);

        await client.PostStageAsync("Service", choice.Fields());

        var page = await client.GetPageAsync("/PrivacyReport/Service");
        Assert.Equal(choice.OrganisationId, page.QuerySelector("#OrganisationId option[selected]")!.GetAttribute("value"));
        Assert.Equal(choice.AreaId, page.QuerySelector("#AreaId option[selected]")!.GetAttribute("value"));
        Assert.Equal(choice.ServiceTypeId, page.QuerySelector("#ServiceTypeId option[selected]")!.GetAttribute("value"));
        Assert.Equal("3660", page.QuerySelector("#Postcode")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#ManualAddress")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Service_ChooseOrganisation_ShowsItsAreasWithoutSaving()
    {
        var client = await PrivacyClient.StartedAsync(app);
        var choice = await ServiceChoice.AgencyOneAsync(app);

        var response = await client.PostStageAsync("Service", new() { ["OrganisationId"] = choice.OrganisationId, ["Street"] = "12 High Street", ["Nav"] = "choose" });

        var page = await FormClient.ParseAsync(response);
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Contains(page.QuerySelectorAll("#AreaId option"), o => o.GetAttribute("value") == choice.AreaId && o.TextContent.Contains(" – ", StringComparison.Ordinal));
        Assert.Equal("12 High Street", page.QuerySelector("#Street")!.GetAttribute("value"));
        Assert.True(await app.WithDbAsync(db => db.PrivacyReports.OrderBy(r => r.Id).Select(r => r.Service == null).LastAsync()));
    }

    [Fact]
    public async Task Cancel_Yes_DeletesDraftAndClearsCookie()
    {
        var client = await PrivacyClient.StartedAsync(app);
        var before = await app.WithDbAsync(db => db.PrivacyReports.CountAsync());
        var confirm = await client.GetPageAsync("/PrivacyReport/Cancel?stage=Service");
        Assert.Equal("Cancel Feedback Form", confirm.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/PrivacyReport/Service", confirm.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "No").GetAttribute("href"));

        var response = await client.PostWithTokenAsync("/PrivacyReport/Cancel", FormClient.Token(confirm), []);

        Assert.Equal("/PrivacyReport", response.Headers.Location!.OriginalString);
        Assert.Contains("expires=Thu, 01 Jan 1970", PrivacyClient.Cookie(response)!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before - 1, await app.WithDbAsync(db => db.PrivacyReports.CountAsync()));
        Assert.Equal("/PrivacyReport", (await client.Http.GetAsync("/PrivacyReport/Service")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ExpiredDraft_OpenStage_SaysSoOffersANewReportAndDeletesIt()
    {
        var client = await PrivacyClient.StartedAsync(app);
        var id = await app.WithDbAsync(db => db.PrivacyReports.OrderBy(r => r.Id).Select(r => r.Id).LastAsync());
        var past = DateTimeOffset.UtcNow.AddDays(-1);
        await app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, past)));

        var response = await client.Http.GetAsync("/PrivacyReport/Service");

        var expired = await FormClient.ParseAsync(response);
        Assert.Equal("Your draft has expired", expired.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Start a new report", expired.QuerySelector("form[action='/PrivacyReport/Proceed'] button")!.TextContent.Trim());
        Assert.False(await app.WithDbAsync(db => db.PrivacyReports.AnyAsync(r => r.Id == id)));
    }
}

public sealed class SqlitePrivacyReportTests(SqlitePrivacyApp app) : PrivacyReportTests<SqlitePrivacyApp>(app);

public sealed class PostgresPrivacyReportTests(PostgresPrivacyApp app) : PrivacyReportTests<PostgresPrivacyApp>(app);
