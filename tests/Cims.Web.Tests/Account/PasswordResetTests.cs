using System.Net;
using Cims.Web.Features.Account;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

public abstract class PasswordResetTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string NewPassword = "Brand-New-Pass-2027!";

    [Fact]
    public async Task ForgotPassword_KnownEmail_EmailsLinkThatSetsNewPassword()
    {
        var user = await TestUsers.CreateAsync(app, Cims.Domain.Identity.Roles.Reporter);
        var client = FormClient.For(app);

        var response = await client.PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = user.Email! });
        Assert.Equal("/Password/ForgotConfirmation", response.Headers.Location!.OriginalString);
        var link = MailBox.LatestLinkFor(app.MailFolder, user.Email!);
        Assert.StartsWith($"/Password/Reset?userId={user.Id}&code=", link);

        var saved = await client.PostFormAsync(link, "/Password/Reset", await ResetFieldsAsync(client, link, NewPassword, NewPassword));
        Assert.Equal("/Password/ResetConfirmation", saved.Headers.Location!.OriginalString);
        var confirmation = await client.GetPageAsync("/Password/ResetConfirmation");
        Assert.NotNull(confirmation.QuerySelector("main a[href='/Account/Login']"));

        await FormClient.For(app).SignInAsync(user.Email!, NewPassword);
        var oldPassword = await FormClient.For(app).PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = user.Email!, ["Password"] = CimsAppFactory.Password });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Contains(AccountController.SignInFailed, (await FormClient.ParseAsync(oldPassword)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(1, await TestUsers.AuditCountAsync(app, user.Id, "account.password_reset"));
    }

    [Fact]
    public async Task ForgotPassword_UnknownEmail_ShowsSameConfirmationAndSendsNothing()
    {
        var before = MailBox.Count(app.MailFolder);

        var response = await FormClient.For(app).PostFormAsync("/Password/Forgot", "/Password/Forgot",
            new() { ["Email"] = "nobody-here@example.org" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Password/ForgotConfirmation", response.Headers.Location!.OriginalString);
        Assert.Equal(before, MailBox.Count(app.MailFolder));
        var page = await FormClient.For(app).GetPageAsync("/Password/ForgotConfirmation");
        Assert.Contains("If an account exists for that address", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task ForgotPassword_BadEmail_ShowsMessageAndKeepsWhatWasTyped()
    {
        var response = await FormClient.For(app).PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = "not-an-address" });

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("right format", page.QuerySelector("#Email-error")!.TextContent);
        Assert.Equal("not-an-address", page.QuerySelector("#Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ResetPassword_DamagedCode_ShowsInvalidLinkPage()
    {
        var user = await TestUsers.CreateAsync(app, Cims.Domain.Identity.Roles.Reporter);

        var page = await FormClient.For(app).GetPageAsync($"/Password/Reset?userId={user.Id}&code=not-a-real-code");

        Assert.Equal("This link is not valid or has expired", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("main a[href='/Password/Forgot']"));
    }

    [Fact]
    public async Task ResetPassword_WrongCodePosted_ShowsInvalidLinkMessage()
    {
        var (client, link, user) = await RequestLinkAsync();
        var fields = await ResetFieldsAsync(client, link, NewPassword, NewPassword);
        fields["Code"] = PasswordResetLink.Encode("expired-or-forged-token");

        var response = await client.PostFormAsync(link, "/Password/Reset", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("not valid or has expired", page.QuerySelector(".error-summary")!.TextContent);
        await FormClient.For(app).SignInAsync(user.Email!);
    }

    [Fact]
    public async Task ResetPassword_LinkUsedTwice_SecondUseShowsInvalidLinkPage()
    {
        var (client, link, _) = await RequestLinkAsync();
        await client.PostFormAsync(link, "/Password/Reset", await ResetFieldsAsync(client, link, NewPassword, NewPassword));

        var page = await FormClient.For(app).GetPageAsync(link);

        Assert.Equal("This link is not valid or has expired", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task ResetPassword_ConfirmationDiffers_ShowsMessageBesideField()
    {
        var (client, link, _) = await RequestLinkAsync();

        var response = await client.PostFormAsync(link, "/Password/Reset", await ResetFieldsAsync(client, link, NewPassword, "Something-Else-2027!"));

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("do not match", page.QuerySelector("#ConfirmPassword-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#ConfirmPassword")!.GetAttribute("aria-invalid"));
        Assert.Single(page.QuerySelectorAll(".error-summary li"));
        Assert.Null(page.QuerySelector("#Password")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ResetPassword_WeakPassword_ShowsPasswordRulesBesideFieldAndInSummary()
    {
        var (client, link, _) = await RequestLinkAsync();

        var response = await client.PostFormAsync(link, "/Password/Reset", await ResetFieldsAsync(client, link, "short", "short"));

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("at least 12 characters", page.QuerySelector("#Password-error")!.TextContent);
        Assert.Contains("at least 12 characters", page.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task ResetPassword_CommonPasswordInAnyCase_RefusedBesideField()
    {
        var (client, link, _) = await RequestLinkAsync();

        var response = await client.PostFormAsync(link, "/Password/Reset", await ResetFieldsAsync(client, link, "QWERTY123456", "QWERTY123456"));

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("list of common or breached passwords", page.QuerySelector("#Password-error")!.TextContent);
        Assert.Contains("list of common or breached passwords", page.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task ResetPassword_LongLowerCaseWords_AcceptedWithoutCompositionRules()
    {
        var (client, link, user) = await RequestLinkAsync();

        var response = await client.PostFormAsync(link, "/Password/Reset", await ResetFieldsAsync(client, link, "tram lemon violin", "tram lemon violin"));

        Assert.Equal("/Password/ResetConfirmation", response.Headers.Location!.OriginalString);
        var signIn = await FormClient.For(app).PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = user.Email!, ["Password"] = "tram lemon violin" });
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ResetPassword_LockedOutUser_UnlocksTheAccount()
    {
        var (client, link, user) = await RequestLinkAsync();
        await TestUsers.UpdateAsync(app, user.Id, (users, u) => users.SetLockoutEndDateAsync(u, DateTimeOffset.UtcNow.AddHours(1)));
        await FormClient.For(app).SignInAsync(user.Email!, landsOn: "/Account/Lockout");

        var saved = await client.PostFormAsync(link, "/Password/Reset", await ResetFieldsAsync(client, link, NewPassword, NewPassword));

        Assert.Equal("/Password/ResetConfirmation", saved.Headers.Location!.OriginalString);
        await FormClient.For(app).SignInAsync(user.Email!, NewPassword);
    }

    private async Task<(FormClient Client, string Link, CimsUser User)> RequestLinkAsync()
    {
        var user = await TestUsers.CreateAsync(app, Cims.Domain.Identity.Roles.Reporter);
        var client = FormClient.For(app);
        await client.PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = user.Email! });
        return (client, MailBox.LatestLinkFor(app.MailFolder, user.Email!), user);
    }

    private static async Task<Dictionary<string, string>> ResetFieldsAsync(FormClient client, string link, string password, string confirm)
    {
        var page = await client.GetPageAsync(link);
        return new()
        {
            ["UserId"] = page.QuerySelector("#UserId")!.GetAttribute("value")!,
            ["Code"] = page.QuerySelector("#Code")!.GetAttribute("value")!,
            ["Password"] = password,
            ["ConfirmPassword"] = confirm,
        };
    }
}

public sealed class SqlitePasswordResetTests(SqliteApp app) : PasswordResetTests<SqliteApp>(app);

public sealed class PostgresPasswordResetTests(PostgresApp app) : PasswordResetTests<PostgresApp>(app);
