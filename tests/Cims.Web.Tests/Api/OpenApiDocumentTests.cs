using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data.Seeding;
using Cims.Web.Tests.Infrastructure;
using Json.Schema;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Api;

/// <summary>
/// The API's OpenAPI document as an integrator reads it: anonymous, valid OpenAPI 3.1, the /api/v1 endpoints only, each
/// operation with its scope, each POST and PUT with the Idempotency-Key header and an example body that the API accepts.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] Writes = ["post", "put"];

    [Fact]
    public async Task OpenApiDocument_Anonymous_ValidAgainstTheOpenApi31Schema()
    {
        var text = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        var document = JsonNode.Parse(text)!;
        var results = OfficialSchema().Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
        Assert.True(results.IsValid, "The document is not valid OpenAPI 3.1:\n" + string.Join("\n", errors));
        Assert.StartsWith("3.1.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficialSchema_DocumentWithoutInfoOrWithAWrongScheme_Invalid()
    {
        var document = await DocumentAsync();
        var withoutInfo = document.DeepClone().AsObject();
        withoutInfo.Remove("info");
        var wrongScheme = document.DeepClone().AsObject();
        wrongScheme["components"]!["securitySchemes"]!["oauth2"]!["type"] = "password";

        Assert.False(OfficialSchema().Evaluate(withoutInfo).IsValid);
        Assert.False(OfficialSchema().Evaluate(wrongScheme).IsValid);
    }

    [Fact]
    public async Task OpenApiDocument_Paths_OnlyTheApiEndpoints()
    {
        var paths = (await DocumentAsync())["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/v1/incidents", paths);
        Assert.Contains("/api/v1/incidents/{id}", paths);
        Assert.Contains("/api/v1/reference", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApiDocument_EveryPostAndPut_ExampleBodyAndRequiredIdempotencyKey()
    {
        var writes = Operations(await DocumentAsync()).Where(o => Writes.Contains(o.Method)).ToList();

        Assert.NotEmpty(writes);
        Assert.All(writes, o =>
        {
            Assert.True(o.Operation["requestBody"]?["content"]?["application/json"]?["example"] is JsonObject, $"{o.Method} {o.Path} has no example body");
            var key = o.Operation["parameters"]!.AsArray().SingleOrDefault(p => p!["name"]!.GetValue<string>() == "Idempotency-Key");
            Assert.True(key is not null, $"{o.Method} {o.Path} has no Idempotency-Key parameter");
            Assert.Equal("header", key!["in"]!.GetValue<string>());
            Assert.True(key["required"]!.GetValue<bool>());
        });
    }

    [Fact]
    public async Task OpenApiDocument_EveryOperation_SecurityRequirementWithItsScope()
    {
        var document = await DocumentAsync();

        var flow = document["components"]!["securitySchemes"]!["oauth2"]!["flows"]!["clientCredentials"]!;
        Assert.Equal("/connect/token", flow["tokenUrl"]!.GetValue<string>());
        Assert.Equal(["incidents:read", "incidents:write", "reference:read"], flow["scopes"]!.AsObject().Select(s => s.Key).Order(StringComparer.Ordinal));
        var scopes = Operations(document).ToDictionary(
            o => $"{o.Method} {o.Path}", o => string.Join(" ", o.Operation["security"]?.AsArray().Single()!["oauth2"]!.AsArray().Select(s => s!.GetValue<string>()) ?? []));
        Assert.Equal("incidents:write", scopes["post /api/v1/incidents"]);
        Assert.Equal("incidents:read", scopes["get /api/v1/incidents/{id}"]);
        Assert.Equal("reference:read", scopes["get /api/v1/reference"]);
        Assert.All(scopes, s => Assert.Contains(s.Value, flow["scopes"]!.AsObject().Select(f => f.Key)));
    }

    [Fact]
    public async Task OpenApiDocument_Responses_DescribedWithProblemDetailsForErrors()
    {
        var paths = (await DocumentAsync())["paths"]!;

        var post = paths["/api/v1/incidents"]!["post"]!["responses"]!.AsObject();
        var get = paths["/api/v1/incidents/{id}"]!["get"]!["responses"]!.AsObject();
        Assert.Equal(["201", "400", "401", "403", "409", "415", "429"], post.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["200", "401", "403", "404", "429"], get.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(post.Concat(get), r => Assert.False(string.IsNullOrWhiteSpace(r.Value!["description"]?.GetValue<string>()), r.Key));
        foreach (var problem in new[] { post["400"], post["409"], post["429"], get["404"] })
            Assert.NotNull(problem!["content"]!["application/problem+json"]);
        Assert.NotNull(post["429"]!["headers"]!["Retry-After"]);
        Assert.NotNull(get["200"]!["headers"]!["ETag"]);
        Assert.Null(post["201"]!["headers"]!["ETag"]);
    }

    [Fact]
    public async Task IncidentExample_PostedByAClientOfItsOrganisation_Created()
    {
        var example = (await DocumentAsync())["paths"]!["/api/v1/incidents"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!.AsObject();
        var (areaId, serviceTypeId) = (example["service"]!["areaId"]!.GetValue<int>(), example["service"]!["serviceTypeId"]!.GetValue<int>());
        var organisation = await app.WithDbAsync(db => db.Organisations.OrderBy(o => o.Id)
            .Where(o => o.Areas.Any(a => a.AreaId == areaId) && o.ServiceTypes.Any(s => s.ServiceTypeId == serviceTypeId)).Select(o => o.Name).FirstAsync());
        var vendor = await (await ApiVendor.RegisterAsync(app, organisation)).SignInAsync();

        var response = await vendor.PostIncidentAsync(example);

        Assert.Equal(DemoAccounts.AgencyOne, organisation); // the first funded agency with areas and service types
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ApiDocsPage_Anonymous_StylesByNonceOnThatPageOnlyAndScriptsStaySelf()
    {
        var client = app.CreateClient();

        var page = await client.GetAsync("/api/docs");
        var other = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "property=\"csp-nonce\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"style-src 'self' 'nonce-{nonce}'; style-src-attr 'unsafe-inline';", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Equal(Cims.Web.Infrastructure.Security.SecurityHeaders.ContentSecurityPolicy, other.Headers.GetValues("Content-Security-Policy").Single());
    }

    private async Task<JsonObject> DocumentAsync() => (await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        where operation.Value is JsonObject && operation.Key is "get" or "put" or "post" or "delete" or "patch"
        select (path.Key, operation.Key, operation.Value!.AsObject());

    private static JsonSchema OfficialSchema()
    {
        using var stream = typeof(OpenApiDocumentTests).Assembly.GetManifestResourceStream("Cims.Web.Tests.openapi-3.1.schema.json")!;
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
