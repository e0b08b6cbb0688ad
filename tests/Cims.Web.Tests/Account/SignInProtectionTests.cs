using System.Net;
using Cims.Domain.Identity;
using Cims.Web.Features.Account;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

/// <summary>Lockout and deactivated users. Each test locks or deactivates a user of its own.</summary>
public abstract class SignInProtectionTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccount()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = FormClient.For(app);
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            responses.Add(await PostLoginAsync(client, user.Email!, "Wrong-Password-123!"));

        Assert.All(responses[..4], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal("/Account/Lockout", responses[4].Headers.Location!.OriginalString);
        var rightPassword = await PostLoginAsync(client, user.Email!, CimsAppFactory.Password);
        Assert.Equal("/Account/Lockout", rightPassword.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync("/Account/Lockout");
        Assert.Equal("Your account is locked", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_FourWrongPasswordsThenRight_SignsIn()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = FormClient.For(app);
        for (var i = 0; i < 4; i++)
            await PostLoginAsync(client, user.Email!, "Wrong-Password-123!");

        var response = await PostLoginAsync(client, user.Email!, CimsAppFactory.Password);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_InactiveUser_IsRefused()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        await TestUsers.UpdateAsync(app, user.Id, (users, u) =>
        {
            u.IsActive = false;
            return users.UpdateAsync(u);
        });

        var response = await PostLoginAsync(FormClient.For(app), user.Email!, CimsAppFactory.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains(AccountController.SignInFailed, page.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task ForgotPassword_InactiveUser_SendsNoEmail()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        await TestUsers.UpdateAsync(app, user.Id, (users, u) =>
        {
            u.IsActive = false;
            return users.UpdateAsync(u);
        });

        var response = await FormClient.For(app).PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = user.Email! });

        Assert.Equal("/Password/ForgotConfirmation", response.Headers.Location!.OriginalString);
        Assert.Empty(MailBox.FilesFor(app.MailFolder, user.Email!));
    }

    private static Task<HttpResponseMessage> PostLoginAsync(FormClient client, string email, string password) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = password });
}

public sealed class SqliteSignInProtectionTests(SqliteApp app) : SignInProtectionTests<SqliteApp>(app);

public sealed class PostgresSignInProtectionTests(PostgresApp app) : SignInProtectionTests<PostgresApp>(app);
