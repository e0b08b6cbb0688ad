using System.Security.Claims;
using Cims.Domain.Investigations;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>
/// What the extension and hold pages show around their forms: the investigation's page (clock, incident), its due day
/// and the latest day one extension request may ask for.
/// </summary>
public sealed record TimePage(InvestigationPage Page, DateOnly? DueDay, DateOnly? LatestExtension, int MaxExtensionBusinessDays)
{
    public Investigation Investigation => Page.Investigation;

    public string IncidentNumber => Page.Incident.Title;
}

/// <summary>The department's decision page: approve (with the date asked for, or an earlier one) or decline with a reason.</summary>
public sealed record DecideExtensionPage(ApproveExtensionForm Approve, ReasonForm Decline);

/// <summary>Loads the investigation's page (null: a 404) with the clock's rules today.</summary>
public sealed class GetTimePage(GetInvestigationPage pages, InvestigationTimeRulesSource rules)
{
    public async Task<TimePage?> RunAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await pages.RunAsync(id, user, ct) is not { } page)
            return null;
        var today = await rules.GetAsync(ct);
        DateOnly? due = page.Investigation.DueAt is { } at ? today.Day(at) : null;
        return new TimePage(page, due, due is { } day ? today.LatestExtension(day) : null, today.MaxExtensionBusinessDays);
    }
}
