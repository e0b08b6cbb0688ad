using System.Net;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

/// <summary>
/// A long passphrase works, and only exactly as typed: nothing truncates it or changes its case (ASVS 6.2.8, 6.2.9).
/// Not data-dependent, so SQLite only.
/// </summary>
public sealed class PasswordLengthTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    // 64 characters: spaces, mixed case and punctuation, as a password manager or a typed sentence would give.
    private const string Passphrase = "Correct horse, Battery STAPLE & 7 more words on the tram to work";

    [Fact]
    public async Task SignIn_SixtyFourCharacterPassword_WorksOnlyExactlyAsTyped()
    {
        Assert.Equal(64, Passphrase.Length);
        var user = await TestUsers.CreateAsync(app, Cims.Domain.Identity.Roles.Reporter);
        var client = await FormClient.SignedInAsync(app, user.Email!);
        var changed = await client.PostFormAsync("/Manage/ChangePassword", "/Manage/ChangePassword", new()
        {
            ["CurrentPassword"] = CimsAppFactory.Password,
            ["NewPassword"] = Passphrase,
            ["ConfirmPassword"] = Passphrase,
        });
        Assert.Equal("/Manage", changed.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(user.Email!, Passphrase[..^1])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(user.Email!, Passphrase.ToUpperInvariant())).StatusCode);
        var exact = await SignInAsync(user.Email!, Passphrase);
        Assert.Equal(HttpStatusCode.Redirect, exact.StatusCode);
        Assert.Equal("/", exact.Headers.Location!.OriginalString);
    }

    private Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        FormClient.For(app).PostFormAsync("/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = password });
}
