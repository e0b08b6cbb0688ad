using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

/// <summary>
/// The outcome's own sections (domain reference §8.1). After an investigation: the organisation's response to the
/// report. After the combined follow-ups (investigation outcome with case review or RCA), the outcome templates'
/// rationale for the review, communication strategy and incident response plan. Everything else in the outcome report
/// (incident, clients, subjects, allegations and findings, evidence, factors, recommendations) is already recorded.
/// </summary>
public sealed record InvestigationOutcome(string? OrganisationResponse, string? ReviewRationale, string? CommunicationStrategy, string? ResponsePlan)
{
    public const int TextMaxLength = 4000;

    public static readonly InvestigationOutcome Empty = new(null, null, null, null);

    /// <summary>Every section the follow-up's template asks for is filled in.</summary>
    public bool IsCompleteFor(FollowUpAction followUp) => followUp == FollowUpAction.Investigation
        ? !string.IsNullOrWhiteSpace(OrganisationResponse)
        : !string.IsNullOrWhiteSpace(ReviewRationale) && !string.IsNullOrWhiteSpace(CommunicationStrategy) && !string.IsNullOrWhiteSpace(ResponsePlan);
}
