using System.Diagnostics;
using OpenTelemetry;

namespace Cims.Web.Infrastructure.Telemetry;

/// <summary>
/// Runs on every span before any exporter: drops the attributes that can carry what a person typed or who they are
/// (a query string, the client's address, a user's identity) and cuts the query off a full address (a webhook's URL
/// may carry a token). Paths stay: CIMS's paths hold ids and route words, never names; the route template is in
/// <c>http.route</c>. The instrumentations redact query values already; this does not depend on their settings.
/// </summary>
public sealed class PersonalDataFilter : BaseProcessor<Activity>
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "url.query", "http.target", "client.address", "client.port", "network.peer.address", "enduser.id", "enduser.role",
        "enduser.scope", "user.id", "user.name", "user.email", "user.full_name", "exception.message", "exception.stacktrace",
    };

    private static readonly string[] FullAddresses = ["url.full", "http.url"];

    public override void OnEnd(Activity data)
    {
        List<string>? drop = null;
        foreach (var tag in data.TagObjects)
        {
            if (Dropped.Contains(tag.Key))
                (drop ??= []).Add(tag.Key);
        }

        foreach (var key in drop ?? [])
            data.SetTag(key, null);
        foreach (var key in FullAddresses)
        {
            if (data.GetTagItem(key) is string url && url.IndexOf('?', StringComparison.Ordinal) is var at and >= 0)
                data.SetTag(key, url[..at]);
        }
    }
}
