using System.Security.Claims;
using Cims.Domain.Investigations;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Features.Incidents.Reviews;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>
/// What the extension and hold pages show around their forms: the investigation or review (its clock), its
/// incident's number, its due day and the latest day one extension request may ask for.
/// </summary>
public sealed record TimePage(ClockKind Kind, ClockedWork Work, string IncidentNumber, DateOnly? DueDay, DateOnly? LatestExtension, int MaxExtensionBusinessDays)
{
    /// <summary>The work within a sentence: "investigation", "case review", "RCA review".</summary>
    public string Noun => ClockKind.Noun(Work);

    public string Href => ClockKind.Href(Work);
}

/// <summary>The department's decision page: approve (with the date asked for, or an earlier one) or decline with a reason.</summary>
public sealed record DecideExtensionPage(ApproveExtensionForm Approve, ReasonForm Decline);

/// <summary>Loads the investigation or review the user may see (null: a 404) with the clock's rules today.</summary>
public sealed class GetTimePage(GetInvestigationPage investigations, GetReviewPage reviews, ClockRulesSource rules)
{
    public async Task<TimePage?> RunAsync(ClockKind kind, int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var (work, number) = kind == ClockKind.Review
            ? await reviews.RunAsync(id, user, ct) is { } review ? ((ClockedWork?)review.Review, review.Incident.Title) : (null, "")
            : await investigations.RunAsync(id, user, ct) is { } investigation ? (investigation.Investigation, investigation.Incident.Title) : (null, "");
        if (work is null)
            return null;
        var today = await rules.GetAsync(ct);
        DateOnly? due = work.DueAt is { } at ? today.Day(at) : null;
        return new TimePage(kind, work, number, due, due is { } day ? today.LatestExtension(day) : null, today.MaxExtensionBusinessDays);
    }
}
