using System.Net;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Report.ReportForms;

namespace Cims.Web.Tests.Account.Sessions;

/// <summary>
/// A form sent after the session ended, without JavaScript (ADR 0057): kept for its sender, shown after they sign in
/// again and sent from there; never to anyone else, never when forged, and not after it expires.
/// </summary>
public abstract class KeptFormTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SessionApp
{
    [Fact]
    public async Task OfficerStep_SentAfterTheSessionEnded_IsKeptAndSavedOnceSentAfterSigningInAgain()
    {
        var (client, id, kept) = await KeepOfficerStepAsync("Senior case worker");
        Assert.Null(await JobTitleAsync(id));
        var login = await client.GetPageAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(kept));
        Assert.Contains("CIMS has kept what you typed", login.QuerySelector("main")!.TextContent);

        var signedIn = await SignInAgainAsync(client, Reporter, kept);
        Assert.Equal(kept, signedIn);
        var page = await client.GetPageAsync(kept);
        var form = page.QuerySelector("main form[method=post]")!;
        Assert.Equal(Url(id, "Officer"), form.GetAttribute("action"));
        Assert.Contains(page.QuerySelectorAll("table.kept-form tbody tr"), r => r.TextContent.Contains("Job title", StringComparison.Ordinal) && r.TextContent.Contains("Senior case worker", StringComparison.Ordinal));
        var fields = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));

        var sent = await client.PostWithTokenAsync(form.GetAttribute("action")!, FormClient.Token(page), fields);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(Url(id, "Dates"), sent.Headers.Location!.OriginalString);
        Assert.Equal("Senior case worker", await JobTitleAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(kept)).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.KeptForms.CountAsync(k => k.Path == Url(id, "Officer"))));
    }

    [Fact]
    public async Task KeptForm_AnotherUserSignedIn_IsNotFoundAndStaysForItsSender()
    {
        var (client, _, kept) = await KeepOfficerStepAsync("Team leader");
        var other = await FormClient.SignedInAsync(app, "delegate@agency-one.example");

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(kept)).StatusCode);

        await SignInAgainAsync(client, Reporter, kept);
        Assert.Contains("Team leader", (await client.GetPageAsync(kept)).QuerySelector("table.kept-form")!.TextContent);
    }

    [Fact]
    public async Task PostAfterTheSessionEnded_WithoutTheSendersToken_IsNotKept()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);
        var id = await StartAsync(client);
        var page = await client.GetPageAsync(Url(id, "Officer"));
        var stranger = await FormClient.For(app).GetPageAsync("/Account/Login");
        app.Clock.Advance(TimeSpan.FromMinutes(21));
        var before = await app.WithDbAsync(db => db.KeptForms.CountAsync());

        var response = await client.PostWithTokenAsync(Url(id, "Officer"), FormClient.Token(stranger),
            new Dictionary<string, string>(Officer()) { ["Version"] = Version(page), ["Nav"] = "next" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(Url(id, "Officer")), response.Headers.Location!.PathAndQuery);
        Assert.Equal(before, await app.WithDbAsync(db => db.KeptForms.CountAsync()));
    }

    [Fact]
    public async Task KeptForm_OpenedAfterSixtyMinutes_IsGone()
    {
        var (client, _, kept) = await KeepOfficerStepAsync("Coordinator");
        app.Clock.Advance(TimeSpan.FromMinutes(61));

        await SignInAgainAsync(client, Reporter, kept);
        var response = await client.Http.GetAsync(kept);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no kept form", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Signs in, opens the report's officer step, lets the session end, then sends the step: kept.</summary>
    private async Task<(FormClient Client, int Id, string Kept)> KeepOfficerStepAsync(string jobTitle)
    {
        var client = await FormClient.SignedInAsync(app, Reporter);
        var id = await StartAsync(client);
        var page = await client.GetPageAsync(Url(id, "Officer"));
        app.Clock.Advance(TimeSpan.FromMinutes(21));

        var response = await client.PostWithTokenAsync(Url(id, "Officer"), FormClient.Token(page),
            new Dictionary<string, string>(Officer()) { ["JobTitle"] = jobTitle, ["Version"] = Version(page), ["Nav"] = "next" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/Account/Login?ReturnUrl=%2FSession%2FKept%2F", location);
        return (client, id, Uri.UnescapeDataString(location["/Account/Login?ReturnUrl=".Length..]));
    }

    private static async Task<string?> SignInAgainAsync(FormClient client, string email, string returnUrl)
    {
        var response = await client.PostFormAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl), "/Account/Login",
            new() { ["Email"] = email, ["Password"] = CimsAppFactory.Password, ["ReturnUrl"] = returnUrl });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location?.OriginalString;
    }

    private Task<string?> JobTitleAsync(int id) =>
        app.WithDbAsync(async db => (await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id)).Officer?.JobTitle);
}

public sealed class SqliteKeptFormTests(SqliteSessionApp app) : KeptFormTests<SqliteSessionApp>(app);

public sealed class PostgresKeptFormTests(PostgresSessionApp app) : KeptFormTests<PostgresSessionApp>(app);
