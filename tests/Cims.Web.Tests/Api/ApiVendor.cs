using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api;

/// <summary>What a provider system does: registered for an organisation, it gets tokens by client credentials and calls the API.</summary>
public sealed class ApiVendor(HttpClient http, ApiClientCredentials credentials)
{
    public HttpClient Http { get; } = http;

    public ApiClientCredentials Credentials { get; } = credentials;

    /// <summary>Registers a new API client of the organisation named <paramref name="organisation"/> with the given scopes.</summary>
    public static async Task<ApiVendor> RegisterAsync(CimsAppFactory app, string organisation, params string[] scopes)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var organisationId = await db.Organisations.Where(o => o.Name == organisation).Select(o => o.Id).SingleAsync();
        var credentials = await scope.ServiceProvider.GetRequiredService<ApiClientRegistry>()
            .RegisterAsync(organisationId, $"{organisation} client system", scopes.Length == 0 ? ApiScopes.All : scopes, CancellationToken.None);
        return new ApiVendor(app.CreateClient(), credentials);
    }

    /// <summary>The token endpoint's answer to a client-credentials request (with the given scopes, or none).</summary>
    public Task<HttpResponseMessage> RequestTokenAsync(string? scope = null, string? secret = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Credentials.ClientId,
            ["client_secret"] = secret ?? Credentials.ClientSecret,
        };
        if (scope is not null)
            fields["scope"] = scope;
        return Http.PostAsync("/connect/token", new FormUrlEncodedContent(fields));
    }

    /// <summary>Gets a token and sends it with every later request.</summary>
    public async Task<ApiVendor> SignInAsync(string? scope = null)
    {
        var response = await RequestTokenAsync(scope);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return this;
    }

    public async Task<JsonObject> ReferenceAsync()
    {
        var response = await Http.GetAsync("/api/v1/reference");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Posts a report with an Idempotency-Key: a new one unless <paramref name="idempotencyKey"/> is given, none when it is "".</summary>
    public Task<HttpResponseMessage> PostIncidentAsync(JsonObject report, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = JsonContent.Create(report) };
        if (idempotencyKey is not "")
            request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        return Http.SendAsync(request);
    }

    /// <summary>A complete report the provider endorsed, with codes mapped from the reference data: a major physical abuse by staff two days ago.</summary>
    public static JsonObject Report(JsonObject reference)
    {
        var serviceTypeId = reference["organisationServiceTypeIds"]!.AsArray()[0]!.GetValue<int>();
        var programId = reference["serviceTypes"]!.AsArray().Single(s => s!["id"]!.GetValue<int>() == serviceTypeId)!["programId"]!.GetValue<int>();
        var typeId = reference["incidentTypes"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "Physical abuse")!["id"]!.GetValue<int>();
        var day = DateTime.UtcNow.AddDays(-2);
        string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["service"] = new JsonObject
            {
                ["areaId"] = reference["organisationAreaIds"]!.AsArray()[0]!.GetValue<int>(),
                ["programId"] = programId,
                ["serviceTypeId"] = serviceTypeId,
                ["street"] = "1 Main St",
                ["suburb"] = "Shepparton",
                ["state"] = "VIC",
                ["postcode"] = "3630",
            },
            ["officer"] = new JsonObject
            {
                ["surname"] = "Officer",
                ["givenName"] = "Olive",
                ["jobTitle"] = "Team leader",
                ["telephone"] = "0355501234",
                ["email"] = "olive@provider.example",
                ["lineManagerName"] = "Morgan Manager",
            },
            ["dates"] = new JsonObject
            {
                ["occurredDay"] = Text(day.Day),
                ["occurredMonth"] = Text(day.Month),
                ["occurredYear"] = Text(day.Year),
                ["dateAccuracy"] = "EXACT",
                ["occurredTime"] = "09:15",
                ["timeAccuracy"] = "EXACT",
                ["awareDay"] = Text(day.Day),
                ["awareMonth"] = Text(day.Month),
                ["awareYear"] = Text(day.Year),
                ["awareTime"] = "10:30",
            },
            ["description"] = new JsonObject
            {
                ["location"] = "Lounge room",
                ["description"] = "The client said a staff member pushed her.",
                ["impact"] = "Major",
                ["primaryTypeId"] = typeId,
            },
            ["actions"] = new JsonObject { ["taken"] = new JsonArray("SAFETY") },
            ["clients"] = new JsonArray(new JsonObject
            {
                ["identifierType"] = "CRIS",
                ["identifier"] = "100234",
                ["surname"] = "Citizen",
                ["givenName"] = "Jo",
                ["birthDay"] = "17",
                ["birthMonth"] = "5",
                ["birthYear"] = "1990",
                ["sex"] = "2",
                ["indigenousStatus"] = "4",
                ["impact"] = "Major",
            }),
            ["others"] = new JsonArray(new JsonObject { ["role"] = "SubjectOfAllegation", ["allegationRole"] = "Staff", ["name"] = "Pat Staff" }),
        };
    }
}
