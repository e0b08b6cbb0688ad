using System.Net;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Operations;

/// <summary>CIMS whose requests come from the connection address a test names, with a public form limit of 2 a minute.</summary>
public abstract class ConnectionAddressApp(params string[] trustedProxies) : CimsAppFactory(DatabaseProvider.Sqlite)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        trustedProxies.Select((p, i) => new KeyValuePair<string, string>($"Cims:TrustedProxies:{i}", p)).Append(new("Cims:PublicFormRateLimit", "2"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, ConnectionAddress>());
    }
}

/// <summary>Behind one proxy (10.0.0.1) and a proxy range (10.1.0.0/16).</summary>
public sealed class ProxiedApp() : ConnectionAddressApp("10.0.0.1", "10.1.0.0/16");

/// <summary>The default: no proxy trusted, loopback included.</summary>
public sealed class UnproxiedApp() : ConnectionAddressApp();

/// <summary>Forwarded headers are believed from the configured proxies and from no one else (ADR 0040).</summary>
public sealed class TrustedProxyTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    private readonly HttpClient _http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task RateLimit_ClientsBehindATrustedProxy_EachHaveTheirOwnAllowance()
    {
        var first = await StatusesAsync(_http, "10.0.0.1", 3, "203.0.113.10");
        var second = await StatusesAsync(_http, "10.0.0.1", 1, "203.0.113.11"); // the same proxy, another client

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task RateLimit_ForwardedForFromAnUntrustedAddress_ChangesNothing()
    {
        // Each request claims to be another client: from an address that is no proxy of ours, the claim is ignored.
        var statuses = await StatusesAsync(_http, "198.51.100.7", 3, "203.0.113.20", "203.0.113.21", "203.0.113.22");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task AuditEntry_TrustedProxy_RecordsTheClientsAddress_UntrustedSender_ItsOwn()
    {
        var proxied = await TokenIssuedFromAsync("10.1.4.2", "203.0.113.30"); // a proxy of the trusted range
        var spoofed = await TokenIssuedFromAsync("198.51.100.8", "203.0.113.31");

        Assert.Equal("203.0.113.30", proxied);
        Assert.Equal("198.51.100.8", spoofed);
    }

    [Fact]
    public async Task SignInRedirect_TrustedProxy_UsesTheForwardedSchemeAndHost_UntrustedSender_TheRequestsOwn()
    {
        var proxied = await _http.SendAsync(ConnectionAddress.Request(HttpMethod.Get, "/Incidents", "10.0.0.1", Forwarded));
        var spoofed = await _http.SendAsync(ConnectionAddress.Request(HttpMethod.Get, "/Incidents", "198.51.100.9", Forwarded));

        Assert.StartsWith("https://cims.example.org/Account/Login", proxied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/Account/Login", spoofed.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    internal static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient http, string connection, int count, params string[] clients)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            var request = ConnectionAddress.Request(HttpMethod.Get, "/PrivacyReport", connection, ("X-Forwarded-For", clients[i % clients.Length]));
            statuses.Add((await http.SendAsync(request)).StatusCode);
        }

        return statuses;
    }

    internal static readonly (string, string)[] Forwarded =
        [("X-Forwarded-For", "203.0.113.40"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Host", "cims.example.org")];

    private async Task<string?> TokenIssuedFromAsync(string connection, string client)
    {
        var vendor = await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.ReferenceRead);
        var request = ConnectionAddress.Request(HttpMethod.Post, "/connect/token", connection, ("X-Forwarded-For", client), ("X-Forwarded-Proto", "https"));
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = vendor.Credentials.ClientId,
            ["client_secret"] = vendor.Credentials.ClientSecret,
        });
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(request)).StatusCode);
        return await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == IssueApiToken.TokenIssued && a.EntityId == vendor.Credentials.ClientId)
            .Select(a => a.IpAddress).SingleAsync());
    }
}

/// <summary>With no trusted proxy configured, forwarded headers change nothing, from loopback or anywhere else.</summary>
public sealed class NoTrustedProxyTests(UnproxiedApp app) : IClassFixture<UnproxiedApp>
{
    private readonly HttpClient _http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.1")]
    public async Task ForwardedHeaders_NoProxyConfigured_Ignored(string connection)
    {
        var statuses = await TrustedProxyTests.StatusesAsync(_http, connection, 3, "203.0.113.50", "203.0.113.51", "203.0.113.52");
        var redirect = await _http.SendAsync(ConnectionAddress.Request(HttpMethod.Get, "/Incidents", connection, TrustedProxyTests.Forwarded));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.StartsWith("http://localhost/Account/Login", redirect.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
