using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.View;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>The rules' follow-up for a major-impact report, shown to the delegate who may recommend another.</summary>
public sealed record FollowUpSuggestion(FollowUpAction Action, string Reason);

/// <summary>The review page: the full report and the delegate's three actions, each with its own form.</summary>
public sealed record ReviewPage(IncidentPage Page, ReturnForm Return, AmendForm Amend, EndorseForm Endorse, FollowUpSuggestion? Suggestion);

/// <summary>Forms a failed POST brings back, with what the delegate typed.</summary>
public sealed record ReviewForms(ReturnForm? Return = null, AmendForm? Amend = null, EndorseForm? Endorse = null);

public sealed class GetReviewPage(GetIncidentPage pages, DepartmentSubmission submission)
{
    public async Task<ReviewPage?> RunAsync(int id, ClaimsPrincipal user, ReviewForms? typed, CancellationToken ct)
    {
        if (await pages.RunAsync(id, user, ct) is not { } page)
            return null;
        var incident = page.Incident;
        var version = incident.Version;
        var suggestion = incident.Impact == ImpactLevel.Major ? await submission.SuggestAsync(incident, ct) : default((FollowUpAction, string)?);
        var endorse = typed?.Endorse ?? new EndorseForm
        {
            FollowUp = incident.RecommendedFollowUp ?? suggestion?.Item1,
            RecommendationReason = incident.RecommendationReason,
        };
        return new ReviewPage(
            page,
            (typed?.Return ?? new ReturnForm()) with { Version = version },
            (typed?.Amend ?? AmendForm.From(incident)) with { Version = version },
            endorse with { Version = version },
            suggestion is { } s ? new FollowUpSuggestion(s.Item1, s.Item2) : null);
    }
}
