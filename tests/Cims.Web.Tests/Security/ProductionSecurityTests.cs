using System.Net;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Security.HeaderAssertions;

namespace Cims.Web.Tests.Security;

/// <summary>CIMS in the Production environment: HSTS, and every cookie Secure even over plain HTTP (as behind a TLS proxy).</summary>
public sealed class ProductionSecurityTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Hsts_HttpsRequest_IsSentWithTheHeaders()
    {
        var response = await app.ClientFor("https").GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=2592000", Single(response, "Strict-Transport-Security"));
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Cookies_OverPlainHttp_AreAllSecure()
    {
        var http = app.ClientFor("http");
        var loginPage = await http.GetAsync("/Account/Login");
        var signIn = await PostAsync(http, "/Account/Login", loginPage,
            new() { ["Email"] = "reporter@agency-one.example", ["Password"] = CimsAppFactory.Password });
        var flash = await http.GetAsync("/PrivacyReport/Dates");
        var landing = await http.GetAsync("/PrivacyReport");
        var proceed = await PostAsync(http, "/PrivacyReport/Proceed", landing, []);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        var cookies = new[] { loginPage, signIn, flash, landing, proceed }.SelectMany(SetCookies).ToList();
        foreach (var name in new[] { ".AspNetCore.Antiforgery.", "cims.auth=", ".AspNetCore.Mvc.CookieTempDataProvider=", "cims-privacy-draft=" })
            Assert.Contains(cookies, c => c.StartsWith(name, StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.True(IsSecure(c), c));
        AssertSecurityHeaders(signIn);
    }

    /// <summary>Posts the form of <paramref name="page"/> with its antiforgery token, carrying the page's cookies by hand.</summary>
    private static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string url, HttpResponseMessage page, Dictionary<string, string> fields)
    {
        var token = FormClient.Token(await FormClient.ParseAsync(page));
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))),
        };
        CarryCookies(request.Headers, page);
        return await client.SendAsync(request);
    }
}

/// <summary>CIMS in Development: the same headers, but no HSTS and cookies Secure only over HTTPS.</summary>
public sealed class DevelopmentSecurityTests(DevelopmentApp app) : IClassFixture<DevelopmentApp>
{
    [Fact]
    public async Task Hsts_Development_IsNotSent()
    {
        var response = await app.ClientFor("https").GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Single(response, "Strict-Transport-Security"));
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Cookies_Development_AreSecureOnlyOverHttps()
    {
        var overHttp = await app.ClientFor("http").GetAsync("/Account/Login");
        var overHttps = await app.ClientFor("https").GetAsync("/Account/Login");

        Assert.NotEmpty(SetCookies(overHttp));
        Assert.All(SetCookies(overHttp), c => Assert.False(IsSecure(c), c));
        Assert.NotEmpty(SetCookies(overHttps));
        Assert.All(SetCookies(overHttps), c => Assert.True(IsSecure(c), c));
    }
}
