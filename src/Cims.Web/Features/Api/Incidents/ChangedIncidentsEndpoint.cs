using System.Globalization;
using System.Security.Claims;
using Cims.Web.Features.Incidents.View;

namespace Cims.Web.Features.Api.Incidents;

/// <summary>A page of changed incidents, and the address of the next page while there may be more.</summary>
public sealed record ChangedIncidentsPage(IReadOnlyList<ChangedIncidentItem> Items, string? Next);

/// <summary>One changed incident: when it last changed, and its status and deadlines.</summary>
public sealed record ChangedIncidentItem(DateTimeOffset ChangedAt, IncidentStatusView Incident);

/// <summary>
/// GET /api/v1/incidents?changedSince=…&amp;afterId=…&amp;limit=…: the client's incidents changed after a time (ISO 8601
/// with an offset), oldest change first, up to <c>limit</c> (100, at most 200) a page. <c>next</c> is the address of
/// the following page; a client that keeps the last page's <c>next</c> and calls it later gets only what changed since.
/// </summary>
public static class ChangedIncidentsEndpoint
{
    public static async Task<IResult> ListAsync(
        string? changedSince, int? afterId, int? limit, ClaimsPrincipal user, ListChangedIncidents list, CancellationToken ct)
    {
        var since = DateTimeOffset.MinValue;
        if (!string.IsNullOrWhiteSpace(changedSince)
            && !DateTimeOffset.TryParse(changedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out since))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["changedSince"] = ["Give a date and time in ISO 8601 with its offset, like 2026-12-01T09:00:00+11:00."] },
                title: ApiProblems.InvalidTitle);
        }

        since = since.ToUniversalTime();
        var page = await list.RunAsync(user, since, afterId ?? 0, limit ?? 100, ct);
        var items = page.Items.Select(i => new ChangedIncidentItem(i.ChangedAt, i.Incident)).ToList();
        return TypedResults.Ok(new ChangedIncidentsPage(items, page.More && items.Count > 0 ? Next(items[^1], limit) : null));
    }

    private static string Next(ChangedIncidentItem last, int? limit) => string.Create(
        CultureInfo.InvariantCulture,
        $"{ApiEndpoints.Prefix}/incidents?changedSince={Uri.EscapeDataString(last.ChangedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))}&afterId={last.Incident.Id}{(limit is { } l ? $"&limit={l}" : "")}");
}
