using System.Net;
using Cims.Domain.Identity;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

public abstract class ManageTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string NewPassword = "Changed-Pass-2027!";

    [Fact]
    public async Task Index_SignedIn_ShowsNameEmailOrganisationRolesAndTwoFactorOff()
    {
        var client = await FormClient.SignedInAsync(app, "investigator@agency-one.example");

        var page = await client.GetPageAsync("/Manage");

        var text = page.QuerySelector("main dl")!.TextContent;
        Assert.Contains("Ian Investigator", text);
        Assert.Contains("investigator@agency-one.example", text);
        Assert.Contains("Agency One Community Services", text);
        Assert.Contains("Investigation manager, Review manager", text);
        Assert.Equal("Off", page.QuerySelector("#two-factor-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task ChangePassword_Valid_ChangesPasswordKeepsUserSignedInAndAudits()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = await FormClient.SignedInAsync(app, user.Email!);

        var response = await client.PostFormAsync("/Manage/ChangePassword", "/Manage/ChangePassword", new()
        {
            ["CurrentPassword"] = CimsAppFactory.Password,
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });

        Assert.Equal("/Manage", response.Headers.Location!.OriginalString);
        Assert.Contains("password has been changed", (await client.GetPageAsync("/Manage")).QuerySelector("[role=status]")!.TextContent);
        await FormClient.For(app).SignInAsync(user.Email!, NewPassword);
        Assert.Equal(1, await TestUsers.AuditCountAsync(app, user.Id, "account.password_changed"));
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_ShowsMessageBesideField()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = await FormClient.SignedInAsync(app, user.Email!);

        var response = await client.PostFormAsync("/Manage/ChangePassword", "/Manage/ChangePassword", new()
        {
            ["CurrentPassword"] = "Not-The-Password-1!",
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Your current password is not right.", page.QuerySelector("#CurrentPassword-error")!.TextContent.Trim());
        Assert.Equal(0, await TestUsers.AuditCountAsync(app, user.Id, "account.password_changed"));
    }

    [Fact]
    public async Task Manage_Anonymous_RedirectsToSignIn()
    {
        var response = await FormClient.For(app).Http.GetAsync("/Manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }
}

public sealed class SqliteManageTests(SqliteApp app) : ManageTests<SqliteApp>(app);

public sealed class PostgresManageTests(PostgresApp app) : ManageTests<PostgresApp>(app);
