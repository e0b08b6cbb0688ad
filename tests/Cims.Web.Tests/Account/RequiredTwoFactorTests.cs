using System.Net;
using Cims.Domain.Identity;
using Cims.Web.Data.Seeding;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

public abstract class RequiredTwoFactorTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Theory]
    [InlineData("delegate@agency-one.example")]
    [InlineData("orgadmin@agency-one.example")]
    [InlineData("staff@department.example")]
    [InlineData("admin@department.example")]
    public async Task AnyPage_RoleNeedsTwoFactorButNotSetUp_RedirectsToSetUp(string email)
    {
        var client = await FormClient.SignedInAsync(app, email);

        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Manage/EnableAuthenticator", response.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync("/Manage/EnableAuthenticator");
        Assert.Contains("Your role needs two-step sign-in", page.QuerySelector("#two-factor-required")!.TextContent);
    }

    [Fact]
    public async Task AnyPage_Reporter_IsNotRedirected()
    {
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");

        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/Manage")]
    [InlineData("/Manage/ChangePassword")]
    [InlineData("/health/live")]
    [InlineData("/css/site.css")]
    [InlineData("/Password/Forgot")]
    public async Task SetUpPages_RoleNeedsTwoFactorButNotSetUp_AreStillReachable(string url)
    {
        var client = await FormClient.SignedInAsync(app, "delegate@agency-two.example");

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_RoleNeedsTwoFactorButNotSetUp_SignsOut()
    {
        var client = await FormClient.SignedInAsync(app, "analyst@department.example");
        var page = await client.GetPageAsync("/Manage");

        var response = await client.PostWithTokenAsync("/Account/Logout", FormClient.Token(page), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/Manage")).StatusCode);
    }

    [Fact]
    public async Task AnyPage_DelegateAfterSettingUp_IsNotRedirected()
    {
        var user = await TestUsers.CreateAsync(app, Roles.AuthorisedDelegate);
        var client = await FormClient.SignedInAsync(app, user.Email!);

        var (key, _) = await TwoFactorJourney.EnableAsync(client);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
        var next = await TwoFactorJourney.PasswordStepAsync(app, user.Email!);
        var signedIn = await TwoFactorJourney.PostCodeAsync(next, Totp.Code(key));
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await next.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task AnyPage_DepartmentUserWhoTurnsTwoFactorOff_IsRedirectedAgain()
    {
        var user = await TestUsers.CreateAsync(app, Roles.DepartmentStaff, DemoAccounts.Department);
        var client = await FormClient.SignedInAsync(app, user.Email!);
        await TwoFactorJourney.EnableAsync(client);

        await client.PostFormAsync("/Manage/Disable2fa", "/Manage/Disable2fa", []);

        Assert.Equal("/Manage/EnableAuthenticator", (await client.Http.GetAsync("/")).Headers.Location!.OriginalString);
    }
}

public sealed class SqliteRequiredTwoFactorTests(SqliteTwoFactorApp app) : RequiredTwoFactorTests<SqliteTwoFactorApp>(app);

public sealed class PostgresRequiredTwoFactorTests(PostgresTwoFactorApp app) : RequiredTwoFactorTests<PostgresTwoFactorApp>(app);
