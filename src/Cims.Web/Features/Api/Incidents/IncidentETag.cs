using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Cims.Web.Features.Api.Incidents;

/// <summary>Endpoint metadata: the 200 answer carries the incident's ETag (written into the OpenAPI document).</summary>
public sealed record SendsETag;

/// <summary>What an If-Match header asks for: any version ("*"), one of the listed versions, or nothing readable.</summary>
public sealed record IfMatch(bool Present, IReadOnlyCollection<Guid>? Versions);

/// <summary>
/// An incident's ETag is its concurrency token (<c>Incident.Version</c>, renewed by every change), as a strong entity tag:
/// <c>"3f2a…"</c>. A write sends it back in If-Match; weak tags never match (RFC 9110 §13.1.1).
/// </summary>
public static class IncidentETag
{
    public static string Of(Guid version) => $"\"{version.ToString("N", CultureInfo.InvariantCulture)}\"";

    public static void Set(HttpResponse response, Guid version) => response.Headers.ETag = Of(version);

    /// <summary>The versions the request's If-Match names: null for "*"; an empty list when none is one of ours.</summary>
    public static IfMatch Read(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
            return new IfMatch(false, []);
        if (!EntityTagHeaderValue.TryParseList(header, out var tags))
            return new IfMatch(true, []);
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
            return new IfMatch(true, null);
        var versions = tags.Where(t => !t.IsWeak)
            .Select(t => Guid.TryParseExact(t.Tag.AsSpan().Trim('"'), "N", out var v) ? v : (Guid?)null)
            .OfType<Guid>().ToList();
        return new IfMatch(true, versions);
    }
}
