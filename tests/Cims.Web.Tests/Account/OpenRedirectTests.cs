using System.Net;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Account;

/// <summary>
/// After signing in, CIMS follows the return address only when it is one of its own pages: a link that would send
/// the user to another site after a real sign-in lands on the home page instead (ASVS 3.7.2). SQLite only.
/// </summary>
public sealed class OpenRedirectTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("https://evil.example/collect")]
    [InlineData("//evil.example/collect")]
    [InlineData("/\\evil.example/collect")]
    public async Task SignIn_ReturnUrlOfAnotherSite_LandsOnTheHomePage(string returnUrl)
    {
        var user = await TestUsers.CreateAsync(app, Cims.Domain.Identity.Roles.Reporter);

        var response = await SignInAsync(user.Email!, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_ReturnUrlOfACimsPage_LandsThere()
    {
        var user = await TestUsers.CreateAsync(app, Cims.Domain.Identity.Roles.Reporter);

        var response = await SignInAsync(user.Email!, "/Incidents?page=2");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Incidents?page=2", response.Headers.Location!.OriginalString);
    }

    private async Task<HttpResponseMessage> SignInAsync(string email, string returnUrl)
    {
        var login = $"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        return await FormClient.For(app).PostFormAsync(login, login,
            new() { ["Email"] = email, ["Password"] = CimsAppFactory.Password, ["ReturnUrl"] = returnUrl });
    }
}
