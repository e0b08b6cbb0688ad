using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cims.Web.Features.Api.Idempotency;

/// <summary>A JSON text written again with every object's fields in ordinal name order and no spacing: one text for one content.</summary>
public static class CanonicalJson
{
    /// <summary>The canonical text, or null when <paramref name="utf8"/> is not JSON.</summary>
    public static string? Of(byte[] utf8)
    {
        try
        {
            return utf8.Length == 0 ? "" : Sorted(JsonNode.Parse(utf8))?.ToJsonString() ?? "null";
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
