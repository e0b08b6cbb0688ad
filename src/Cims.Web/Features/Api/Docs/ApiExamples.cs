using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Cims.Web.Features.Api.Docs;

/// <summary>
/// The example request body of each POST and PUT, by method and route, set as its JSON content's example. An operation
/// without one is left without: the documentation tests name it.
/// </summary>
public static class ApiExamples
{
    private static readonly Dictionary<string, Func<IServiceProvider, CancellationToken, Task<JsonNode>>> Builders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["POST api/v1/incidents"] = IncidentExample.BuildAsync,
        ["PUT api/v1/incidents/{id:int}"] = IncidentExample.BuildRevisionAsync,
        ["PUT api/v1/incidents/{id:int}/follow-up"] = FollowUpExample.BuildAsync,
    };

    public static async Task AddAsync(OpenApiOperation operation, string method, string route, IServiceProvider services, CancellationToken ct)
    {
        if (!Builders.TryGetValue($"{method} {route}", out var build)
            || operation.RequestBody?.Content?.TryGetValue("application/json", out var json) != true || json is not OpenApiMediaType media)
            return;
        await using var scope = services.CreateAsyncScope();
        media.Example = await build(scope.ServiceProvider, ct);
    }
}
