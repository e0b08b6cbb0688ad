using System.Security.Claims;
using Cims.Web.Features.Incidents.View;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>The review page: the full report and the delegate's three actions, each with its own form.</summary>
public sealed record ReviewPage(IncidentPage Page, ReturnForm Return, AmendForm Amend, EndorseForm Endorse);

/// <summary>Forms a failed POST brings back, with what the delegate typed.</summary>
public sealed record ReviewForms(ReturnForm? Return = null, AmendForm? Amend = null);

public sealed class GetReviewPage(GetIncidentPage pages)
{
    public async Task<ReviewPage?> RunAsync(int id, ClaimsPrincipal user, ReviewForms? typed, CancellationToken ct)
    {
        if (await pages.RunAsync(id, user, ct) is not { } page)
            return null;
        var version = page.Incident.Version;
        return new ReviewPage(
            page,
            (typed?.Return ?? new ReturnForm()) with { Version = version },
            (typed?.Amend ?? AmendForm.From(page.Incident)) with { Version = version },
            new EndorseForm { Version = version });
    }
}
