using System.Net;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Security.HeaderAssertions;

namespace Cims.Web.Tests.Security;

/// <summary>The security headers on every kind of response (not data-dependent, so SQLite only).</summary>
public sealed class SecurityHeadersTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Headers_AnonymousPage_AreAllPresent()
    {
        var response = await FormClient.For(app).Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Headers_SignedInPage_AreAllPresent()
    {
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");

        var response = await client.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Welcome", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    [InlineData("/lib/bootstrap/bootstrap.bundle.min.js")]
    public async Task Headers_StaticFile_AreAllPresent(string path)
    {
        var response = await FormClient.For(app).Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Headers_NotFoundStatusPage_AreAllPresent()
    {
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");

        var response = await client.Http.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<main", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Headers_PostWithValidationErrors_AreAllPresent()
    {
        var response = await FormClient.For(app).PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = "", ["Password"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await FormClient.ParseAsync(response)).QuerySelector(".error-summary"));
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Headers_HealthEndpoint_AreAllPresent(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ContentSecurityPolicy_ScriptsAndStyles_OnlyFromTheSiteItself()
    {
        var policy = Single(await app.CreateClient().GetAsync("/"), "Content-Security-Policy")!;
        var directives = policy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray(), StringComparer.Ordinal);

        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["style-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["object-src"]);
    }

    [Fact]
    public async Task Cookies_SecureCookiesOff_AreSecureOnlyOverHttps()
    {
        // The test host turns Cims:SecureCookies off: the flag then follows the request's scheme.
        var overHttp = await app.CreateClient(new() { BaseAddress = new Uri("http://cims.example/"), HandleCookies = false }).GetAsync("/Account/Login");
        var overHttps = await app.CreateClient(new() { BaseAddress = new Uri("https://cims.example/"), HandleCookies = false }).GetAsync("/Account/Login");

        Assert.NotEmpty(SetCookies(overHttp));
        Assert.All(SetCookies(overHttp), c => Assert.False(IsSecure(c), c));
        Assert.NotEmpty(SetCookies(overHttps));
        Assert.All(SetCookies(overHttps), c => Assert.True(IsSecure(c), c));
    }
}
