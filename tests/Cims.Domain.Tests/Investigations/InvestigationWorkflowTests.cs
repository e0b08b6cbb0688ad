using Cims.Domain.Investigations;
using static Cims.Domain.Investigations.InvestigationStatus;

namespace Cims.Domain.Tests.Investigations;

/// <summary>Every pair of investigation statuses against the stage-3 moves written out apart from the code.</summary>
public sealed class InvestigationWorkflowTests
{
    private static readonly Dictionary<InvestigationStatus, InvestigationStatus[]> Reference = new()
    {
        [PlanInPreparation] = [PlanAwaitingEndorsement, Withdrawn],
        [PlanAwaitingEndorsement] = [PlanInPreparation, InProgress, Withdrawn],
        [InProgress] = [OutcomeAwaitingApproval, Withdrawn],
        [OutcomeAwaitingApproval] = [InProgress, OutcomeSubmitted, Withdrawn],
        [OutcomeSubmitted] = [Accepted, InProgress, Withdrawn],
        [Accepted] = [],
        [Withdrawn] = [],
    };

    public static TheoryData<InvestigationStatus, InvestigationStatus> EveryPair()
    {
        var data = new TheoryData<InvestigationStatus, InvestigationStatus>();
        foreach (var from in Enum.GetValues<InvestigationStatus>())
        {
            foreach (var to in Enum.GetValues<InvestigationStatus>())
                data.Add(from, to);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void CanMove_EveryPairOfStatuses_MatchesTheReferenceTable(InvestigationStatus from, InvestigationStatus to)
    {
        Assert.Equal(Reference[from].Contains(to), InvestigationWorkflow.CanMove(from, to));
    }
}
