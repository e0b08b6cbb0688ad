using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Api.Reference;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api;

/// <summary>CIMS in Production whose reference data cannot be read: every request for it fails inside CIMS.</summary>
public sealed class BrokenReferenceApp() : EnvironmentApp("Production")
{
    public const string Secret = "the connection string and password of the reference store";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddScoped<GetReference>(_ => throw new InvalidOperationException(Secret)));
    }
}

/// <summary>A failure nobody expected is told to a provider system as problem details, never as the web app's HTML error page.</summary>
public sealed class ApiFailureTests(BrokenReferenceApp app) : IClassFixture<BrokenReferenceApp>
{
    [Fact]
    public async Task Reference_FailsInsideCims_500ProblemDetailsWithTraceIdAndNothingOfTheError()
    {
        var http = app.ClientFor("https");
        var token = await http.PostAsync(ApiAuthSetup.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoAccounts.ApiClientId,
            ["client_secret"] = CimsAppFactory.Password,
        }));
        var bearer = (await token.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference") { Headers = { { "Authorization", $"Bearer {bearer}" } } };

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(BrokenReferenceApp.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(500, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["traceId"]?.GetValue<string>()));
    }
}
