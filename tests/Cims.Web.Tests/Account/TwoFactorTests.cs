using System.Net;
using Cims.Domain.Identity;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

public abstract class TwoFactorTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task EnableAuthenticator_Page_ShowsQrCodeAndKeyInGroupsOfFour()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = await FormClient.SignedInAsync(app, user.Email!);

        var page = await client.GetPageAsync("/Manage/EnableAuthenticator");

        var image = page.QuerySelector("main img")!;
        Assert.StartsWith("data:image/png;base64,", image.GetAttribute("src"));
        Assert.Contains("QR code", image.GetAttribute("alt"));
        var groups = page.QuerySelector("#shared-key")!.TextContent.Split(' ');
        Assert.True(groups.Length > 4);
        Assert.All(groups[..^1], g => Assert.Equal(4, g.Length));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task EnableAuthenticator_ValidCode_TurnsOnShowsTenRecoveryCodesAndAudits()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = await FormClient.SignedInAsync(app, user.Email!);

        var (_, codes) = await TwoFactorJourney.EnableAsync(client);

        Assert.Equal(10, codes.Length);
        Assert.Equal(10, codes.Distinct().Count());
        var again = await client.Http.GetAsync("/Manage/RecoveryCodes");
        Assert.Equal("/Manage", again.Headers.Location!.OriginalString);
        var overview = await client.GetPageAsync("/Manage");
        Assert.StartsWith("On", overview.QuerySelector("#two-factor-status")!.TextContent.Trim());
        Assert.Equal(1, await TestUsers.AuditCountAsync(app, user.Id, "account.2fa_enabled"));
    }

    [Fact]
    public async Task EnableAuthenticator_WrongCode_ShowsMessageBesideFieldAndStaysOff()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = await FormClient.SignedInAsync(app, user.Email!);
        var page = await client.GetPageAsync("/Manage/EnableAuthenticator");
        var key = page.QuerySelector("#shared-key")!.TextContent;

        var response = await client.PostWithTokenAsync("/Manage/EnableAuthenticator", FormClient.Token(page), [new("Code", Totp.WrongCode(key))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await FormClient.ParseAsync(response);
        Assert.Contains("not right", result.QuerySelector("#Code-error")!.TextContent);
        Assert.Equal(key, result.QuerySelector("#shared-key")!.TextContent);
        Assert.Equal("Off", (await client.GetPageAsync("/Manage")).QuerySelector("#two-factor-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_TwoFactorOn_AsksForCodeAndValidCodeSignsIn()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var (key, _) = await TwoFactorJourney.EnableAsync(await FormClient.SignedInAsync(app, user.Email!));

        var client = await TwoFactorJourney.PasswordStepAsync(app, user.Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/Manage")).StatusCode);
        var response = await TwoFactorJourney.PostCodeAsync(client, Totp.Code(key));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal("Welcome, Terry Tester", (await client.GetPageAsync("/")).QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task LoginWith2fa_WrongCode_ShowsMessageAndDoesNotSignIn()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var (key, _) = await TwoFactorJourney.EnableAsync(await FormClient.SignedInAsync(app, user.Email!));
        var client = await TwoFactorJourney.PasswordStepAsync(app, user.Email!);

        var response = await TwoFactorJourney.PostCodeAsync(client, Totp.WrongCode(key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("not right", page.QuerySelector("#Code-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/Manage")).StatusCode);
    }

    [Fact]
    public async Task LoginWithRecoveryCode_UnusedCode_SignsInOnceOnly()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var (_, codes) = await TwoFactorJourney.EnableAsync(await FormClient.SignedInAsync(app, user.Email!));

        var first = await PostRecoveryCodeAsync(await TwoFactorJourney.PasswordStepAsync(app, user.Email!), codes[0]);
        var second = await PostRecoveryCodeAsync(await TwoFactorJourney.PasswordStepAsync(app, user.Email!), codes[0]);

        Assert.Equal("/", first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("already been used", (await FormClient.ParseAsync(second)).QuerySelector("#RecoveryCode-error")!.TextContent);
    }

    [Fact]
    public async Task LoginWith2fa_WithoutPasswordStep_SendsBackToSignIn()
    {
        var response = await FormClient.For(app).Http.GetAsync("/TwoFactor/LoginWith2fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Disable2fa_Confirmed_TurnsOffAuditsAndSignInNeedsNoCode()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = await FormClient.SignedInAsync(app, user.Email!);
        await TwoFactorJourney.EnableAsync(client);

        var response = await client.PostFormAsync("/Manage/Disable2fa", "/Manage/Disable2fa", []);

        Assert.Equal("/Manage", response.Headers.Location!.OriginalString);
        Assert.Equal("Off", (await client.GetPageAsync("/Manage")).QuerySelector("#two-factor-status")!.TextContent.Trim());
        Assert.Equal(1, await TestUsers.AuditCountAsync(app, user.Id, "account.2fa_disabled"));
        await FormClient.For(app).SignInAsync(user.Email!);
    }

    [Fact]
    public async Task Disable2fa_AlreadyOff_RedirectsToAccountAndRecordsNothing()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = await FormClient.SignedInAsync(app, user.Email!);

        var response = await client.Http.GetAsync("/Manage/Disable2fa");

        Assert.Equal("/Manage", response.Headers.Location!.OriginalString);
        Assert.Equal(0, await TestUsers.AuditCountAsync(app, user.Id, "account.2fa_disabled"));
    }

    [Fact]
    public async Task ResetAuthenticator_Confirmed_MakesNewKeyAndOldCodesStopWorking()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = await FormClient.SignedInAsync(app, user.Email!);
        var (oldKey, _) = await TwoFactorJourney.EnableAsync(client);

        var response = await client.PostFormAsync("/Manage/ResetAuthenticator", "/Manage/ResetAuthenticator", []);

        Assert.Equal("/Manage/EnableAuthenticator", response.Headers.Location!.OriginalString);
        var (newKey, _) = await TwoFactorJourney.EnableAsync(client);
        Assert.NotEqual(oldKey, newKey);
        var signIn = await TwoFactorJourney.PasswordStepAsync(app, user.Email!);
        Assert.Equal(HttpStatusCode.OK, (await TwoFactorJourney.PostCodeAsync(signIn, Totp.Code(oldKey))).StatusCode);
    }

    private static Task<HttpResponseMessage> PostRecoveryCodeAsync(FormClient client, string code) =>
        client.PostFormAsync("/TwoFactor/LoginWithRecoveryCode", "/TwoFactor/LoginWithRecoveryCode", new() { ["RecoveryCode"] = code });
}

public sealed class SqliteTwoFactorTests(SqliteApp app) : TwoFactorTests<SqliteApp>(app);

public sealed class PostgresTwoFactorTests(PostgresApp app) : TwoFactorTests<PostgresApp>(app);
