using System.Net;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Home;

/// <summary>
/// The files a browser asks for in the background are answered without signing in: found, or a bare 404,
/// never the sign-in page (which would issue a new antiforgery cookie behind the form on screen).
/// </summary>
public sealed class StaticFileTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/apple-touch-icon.png", "image/png")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task Icon_Anonymous_IsServedWithoutSignIn(string path, string type)
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"), "A static file must not set a cookie.");
    }

    [Theory]
    [InlineData("/apple-touch-icon-precomposed.png")]
    [InlineData("/css/missing.css")]
    [InlineData("/js/missing.js")]
    [InlineData("/lib/bootstrap/missing.js")]
    public async Task MissingFile_Anonymous_IsA404WithoutSignInPageOrCookie(string path)
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "A missing file must not set a cookie.");
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RobotsTxt_AsksEveryCrawlerToKeepOut()
    {
        var robots = await app.CreateClient().GetStringAsync("/robots.txt");

        Assert.Equal("User-agent: *\nDisallow: /\n", robots);
    }

    [Fact]
    public async Task AnyPage_DeclaresTheIcon()
    {
        var page = await FormClient.For(app).GetPageAsync("/Account/Login");

        Assert.Equal("/favicon.ico", page.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
    }
}
