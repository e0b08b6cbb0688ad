using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api;

/// <summary>Who may call the API: a token by client credentials, with the endpoint's scope, from any node; never the web app's cookie.</summary>
public abstract class ApiAuthTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Token_ClientCredentials_ShortLivedBearerWithTheScopesAsked()
    {
        var vendor = await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne);

        var response = await vendor.RequestTokenAsync("incidents:write reference:read");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Bearer", token["token_type"]!.GetValue<string>());
        Assert.InRange(token["expires_in"]!.GetValue<int>(), 590, 600); // ten minutes, counted from issue
        if (token["scope"] is { } granted) // OAuth 2.0 may leave out the scope when it is the one asked for
            Assert.Equal(["incidents:write", "reference:read"], granted.GetValue<string>().Split(' ').Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Token_WrongSecretOrScopeNotGranted_Refused()
    {
        var vendor = await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.ReferenceRead);

        var wrongSecret = await vendor.RequestTokenAsync(secret: "not-the-secret");
        var notGranted = await vendor.RequestTokenAsync(ApiScopes.IncidentsWrite);

        Assert.Equal("invalid_client", (await wrongSecret.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
        Assert.False(notGranted.IsSuccessStatusCode);
        Assert.Equal("invalid_request", (await notGranted.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostIncident_TokenWithoutTheWriteScope_403()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync(ApiScopes.ReferenceRead);
        var before = await app.WithDbAsync(db => db.Incidents.CountAsync());

        var post = await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()));
        var get = await vendor.Http.GetAsync("/api/v1/incidents/1");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Theory]
    [InlineData("GET", "/api/v1/reference")]
    [InlineData("GET", "/api/v1/incidents/1")]
    [InlineData("POST", "/api/v1/incidents")]
    public async Task Endpoint_NoToken_401(string method, string url)
    {
        using var http = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "POST" ? JsonContent.Create(new { }) : null });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reference_WebSignInCookieWithoutToken_401()
    {
        var web = await FormClient.SignedInAsync(app, "delegate@agency-one.example");

        var response = await web.Http.GetAsync("/api/v1/reference");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Token_IssuedByOneNode_AcceptedByAnother()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync(ApiScopes.ReferenceRead);
        using var nodeB = new SecondNode(app);
        using var http = nodeB.CreateClient();
        http.DefaultRequestHeaders.Authorization = vendor.Http.DefaultRequestHeaders.Authorization;

        var response = await http.GetAsync("/api/v1/reference");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_DemoClient_AgencyOnesIncidentsWithEveryScope()
    {
        var demo = new ApiVendor(app.CreateClient(), new ApiClientCredentials(DemoAccounts.ApiClientId, CimsAppFactory.Password));

        var response = await demo.RequestTokenAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApiScopes.All.Order(StringComparer.Ordinal),
            (await response.Content.ReadFromJsonAsync<JsonObject>())!["scope"]!.GetValue<string>().Split(' ').Order(StringComparer.Ordinal));
    }
}

public sealed class SqliteApiAuthTests(SqliteApp app) : ApiAuthTests<SqliteApp>(app);

public sealed class PostgresApiAuthTests(PostgresApp app) : ApiAuthTests<PostgresApp>(app);
