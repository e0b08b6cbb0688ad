using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cims.Load.Personas;

/// <summary>
/// A provider's case system posting endorsed reports to the API with client credentials, as the OpenAPI document's
/// example shows. A dropped connection or a 5xx is retried with the same Idempotency-Key, as a well-behaved client does,
/// so a write is acknowledged once and stored once.
/// </summary>
public sealed class ApiProvider(LoadOptions options, int user) : Persona(options)
{
    private string _token = "";
    private JsonNode _example = new JsonObject();

    public override string Name => "provider system (API)";

    public override async Task StartAsync(Browser browser, CancellationToken ct)
    {
        await TokenAsync(browser, ct);
        using var response = await browser.SendAsync("GET /openapi/v1.json", new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json"));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
        _example = document["paths"]!["/api/v1/incidents"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!;
    }

    public override async Task SitAsync(Browser browser, Acknowledged acknowledged, CancellationToken ct)
    {
        using (var reference = await SendAsync(browser, "GET /api/v1/reference", () => new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference"), ct))
            await ExpectAsync(reference, HttpStatusCode.OK, "GET /api/v1/reference", ct);
        await ThinkAsync(ct);

        var tag = acknowledged.NewTag(user);
        var body = _example.DeepClone();
        body["description"]!["description"] = $"{tag}: the client fell in the bathroom and was bruised.";
        var json = body.ToJsonString();
        var key = Guid.NewGuid().ToString();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var created = await SendAsync(browser, "POST /api/v1/incidents", () => Post(json, key), ct);
                await ExpectAsync(created, HttpStatusCode.Created, "POST /api/v1/incidents", ct);
                acknowledged.Add("API incident", tag);
                return;
            }
            catch (LoadFailure failure) when (attempt < 4 && (failure.Kind.StartsWith("connection", StringComparison.Ordinal) || failure.Kind.StartsWith('5')))
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), ct);
            }
        }
    }

    private static HttpRequestMessage Post(string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    /// <summary>Sends with the bearer token, taking a new one once when the old has expired (401).</summary>
    private async Task<HttpResponseMessage> SendAsync(Browser browser, string kind, Func<HttpRequestMessage> request, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var message = request();
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            var response = await browser.SendAsync(kind, message);
            if (response.StatusCode != HttpStatusCode.Unauthorized || attempt > 0)
                return response;
            response.Dispose();
            await TokenAsync(browser, ct);
        }
    }

    private async Task TokenAsync(Browser browser, CancellationToken ct)
    {
        var form = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", Options.ApiClientId), new("client_secret", Options.ApiClientSecret)]);
        using var response = await browser.SendAsync("POST /connect/token", new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = form });
        await ExpectAsync(response, HttpStatusCode.OK, "POST /connect/token", ct);
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        _token = token.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode wanted, string kind, CancellationToken ct)
    {
        if (response.StatusCode == wanted)
            return;
        var text = await response.Content.ReadAsStringAsync(ct);
        throw new LoadFailure($"{(int)response.StatusCode} {kind}", text[..Math.Min(300, text.Length)]);
    }
}
