using System.Net;
using System.Text.Json;
using Cims.Domain.Identity;
using Cims.Web.Tests.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Cims.Web.Tests.Account.Sessions;

/// <summary>
/// The default session lifetime (ADR 0050): 20 minutes idle, 12 hours at most, and a password changed on one node
/// ends the session on another within the minute of the security stamp check.
/// </summary>
public abstract class SessionLifetimeTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SessionApp
{
    private const string Page = "/Incidents";

    [Fact]
    public async Task Request_AfterIdleTime_IsSentToSignIn()
    {
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");
        app.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(Page)).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(20) + TimeSpan.FromSeconds(1));

        AssertSentToSignIn(await client.Http.GetAsync(Page));
    }

    [Fact]
    public async Task Request_EveryFifteenMinutes_KeepsSessionUntilTwelveHours()
    {
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");
        for (var minutes = 15; minutes < 12 * 60; minutes += 15)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(Page)).StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(15));

        AssertSentToSignIn(await client.Http.GetAsync(Page));
    }

    [Fact]
    public async Task Status_DoesNotRenew_StaySignedInDoes()
    {
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");
        var token = FormClient.Token(await client.GetPageAsync(Page));
        app.Clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal(5 * 60, (await LeftAsync(await client.Http.GetAsync("/Session/Status"))).Seconds);
        Assert.Equal(20 * 60, (await LeftAsync(await client.PostWithTokenAsync("/Session/KeepAlive", token, []))).Seconds);
        app.Clock.Advance(TimeSpan.FromMinutes(19));

        var left = await LeftAsync(await client.Http.GetAsync("/Session/Status"));
        Assert.Equal((60, false), (left.Seconds, left.Final));
    }

    [Fact]
    public async Task PasswordChangedOnNodeA_NodeBRefusesOldCookieAfterValidationInterval()
    {
        using var nodeB = new SessionSecondNode(app);
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var onA = await FormClient.SignedInAsync(app, user.Email!);
        var onB = nodeB.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        onB.DefaultRequestHeaders.Add(HeaderNames.Cookie, await SignInCookieAsync(user.Email!));
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync(Page)).StatusCode);

        var changed = await onA.PostFormAsync("/Manage/ChangePassword", "/Manage/ChangePassword", new()
        {
            ["CurrentPassword"] = CimsAppFactory.Password,
            ["NewPassword"] = "Changed-Pass-2027!",
            ["ConfirmPassword"] = "Changed-Pass-2027!",
        });
        Assert.Equal("/Manage", changed.Headers.Location!.OriginalString);
        app.Clock.Advance(TimeSpan.FromSeconds(61));

        AssertSentToSignIn(await onB.GetAsync(Page));
        Assert.Equal(HttpStatusCode.OK, (await onA.Http.GetAsync(Page)).StatusCode);
    }

    /// <summary>Signs in on node A with a client of its own and returns its cookies, to be sent to node B.</summary>
    private async Task<string> SignInCookieAsync(string email)
    {
        var http = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var login = await http.GetAsync("/Account/Login");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = CimsAppFactory.Password,
                ["__RequestVerificationToken"] = FormClient.Token(await FormClient.ParseAsync(login)),
            }),
        };
        request.Headers.Add(HeaderNames.Cookie, Cookies(login));
        var response = await http.SendAsync(request);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return Cookies(response);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? values.Select(v => v.Split(';')[0]) : []);

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location!.PathAndQuery);
    }

    private static async Task<(int Seconds, bool Final)> LeftAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("seconds").GetInt32(), json.RootElement.GetProperty("final").GetBoolean());
    }
}

public sealed class SqliteSessionLifetimeTests(SqliteSessionApp app) : SessionLifetimeTests<SqliteSessionApp>(app);

public sealed class PostgresSessionLifetimeTests(PostgresSessionApp app) : SessionLifetimeTests<PostgresSessionApp>(app);
