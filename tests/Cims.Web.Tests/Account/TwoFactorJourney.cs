using System.Net;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

/// <summary>Steps of the two-step sign-in journeys, as a person without JavaScript takes them.</summary>
public static class TwoFactorJourney
{
    /// <summary>Sets up the authenticator app for the signed-in user; returns the key and the recovery codes shown once.</summary>
    public static async Task<(string Key, string[] RecoveryCodes)> EnableAsync(FormClient client)
    {
        var page = await client.GetPageAsync("/Manage/EnableAuthenticator");
        var key = page.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var response = await client.PostWithTokenAsync("/Manage/EnableAuthenticator", FormClient.Token(page), [new("Code", Totp.Code(key))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Manage/RecoveryCodes", response.Headers.Location!.OriginalString);
        var codes = await client.GetPageAsync("/Manage/RecoveryCodes");
        return (key, [.. codes.QuerySelectorAll(".recovery-code").Select(c => c.TextContent.Trim())]);
    }

    /// <summary>A new client that has passed the password step and stands on the code page.</summary>
    public static async Task<FormClient> PasswordStepAsync(CimsAppFactory app, string email)
    {
        var client = FormClient.For(app);
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = email, ["Password"] = CimsAppFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/TwoFactor/LoginWith2fa", response.Headers.Location!.OriginalString);
        return client;
    }

    public static Task<HttpResponseMessage> PostCodeAsync(FormClient client, string code) =>
        client.PostFormAsync("/TwoFactor/LoginWith2fa", "/TwoFactor/LoginWith2fa", new() { ["Code"] = code });
}
