using Cims.Domain.Reference;

namespace Cims.Domain.Incidents;

/// <summary>
/// Suggests the follow-up for an incident (domain reference §3.4): the screener sees the suggestion
/// and its reason, and decides.
/// </summary>
public static class FollowUpRules
{
    private static readonly SubjectOfAllegationRole[] InvestigatedRoles =
        [SubjectOfAllegationRole.Staff, SubjectOfAllegationRole.Carer, SubjectOfAllegationRole.Client];

    public static (FollowUpAction Action, string Reason) Suggest(
        ImpactLevel impact, IncidentTypeFlags primaryType, IReadOnlyCollection<SubjectOfAllegationRole> subjects)
    {
        if (impact != ImpactLevel.Major)
            return (FollowUpAction.NoFurtherAction, "Non-major impact: no investigation or review is required.");
        if (primaryType.IsAbuseType)
        {
            return subjects.Any(InvestigatedRoles.Contains)
                ? (FollowUpAction.Investigation,
                    "Major-impact abuse where a subject of allegation is a staff member, carer or client: screen for investigation.")
                : (FollowUpAction.CaseReview,
                    "Major-impact abuse where no subject of allegation is staff, a carer or a client: case review or RCA review.");
        }

        if (primaryType.RequiresInvestigationWhenMajor)
            return (FollowUpAction.Investigation, "Major-impact poor quality of care or unexplained injury: screen for investigation.");
        return (FollowUpAction.CaseReview, "Every major-impact incident is investigated or reviewed: case review.");
    }
}
