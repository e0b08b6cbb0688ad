using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Security;

namespace Cims.Web.Tests.Api;

/// <summary>Outside Development and tests the token endpoint takes HTTPS only (Api:RequireHttps).</summary>
public sealed class ApiTransportTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Token_ProductionOverPlainHttp_Refused()
    {
        var response = await RequestDemoTokenAsync(app.ClientFor("http"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_ProductionOverHttps_IssuedAndAccepted()
    {
        var http = app.ClientFor("https");

        var response = await RequestDemoTokenAsync(http);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference") { Headers = { { "Authorization", $"Bearer {token}" } } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(request)).StatusCode);
    }

    private static Task<HttpResponseMessage> RequestDemoTokenAsync(HttpClient http) =>
        http.PostAsync(ApiAuthSetup.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoAccounts.ApiClientId,
            ["client_secret"] = CimsAppFactory.Password,
        }));
}
