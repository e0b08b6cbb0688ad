using Cims.Domain.Common;
using Cims.Domain.Incidents;
using static Cims.Domain.Incidents.IncidentStatus;
using static Cims.Domain.Tests.Incidents.IncidentTestData;

namespace Cims.Domain.Tests.Incidents;

/// <summary>
/// Every pair of statuses against the reference's transition table (domain reference §6.2), and every move the
/// aggregate offers tried from every status: allowed moves succeed and record who, from, to and why; the rest give
/// the named error and change nothing.
/// </summary>
public sealed class IncidentMovesTests
{
    /// <summary>§6.2, written out here apart from the code: from → the statuses it may become.</summary>
    private static readonly Dictionary<IncidentStatus, IncidentStatus[]> Reference = new()
    {
        [Draft] = [AwaitingEndorsement, Withdrawn],
        [AwaitingEndorsement] = [ReturnedToReporter, SubmittedToDepartment, NonMajorRecorded, Withdrawn],
        [ReturnedToReporter] = [AwaitingEndorsement, Withdrawn],
        [NonMajorRecorded] = [SubmittedToDepartment, Withdrawn],
        [SubmittedToDepartment] = [DepartmentReview, FollowUpDetermined, Closed, Withdrawn],
        [DepartmentReview] = [FollowUpDetermined, SubmittedToDepartment, Withdrawn],
        [FollowUpDetermined] = [Closed, InvestigationInProgress, ReviewInProgress, Withdrawn],
        [InvestigationInProgress] = [OutcomePendingApproval, Withdrawn],
        [ReviewInProgress] = [OutcomePendingApproval, Withdrawn],
        [OutcomePendingApproval] = [InvestigationInProgress, ReviewInProgress, OutcomeSubmitted, Closed, Withdrawn],
        [OutcomeSubmitted] = [Closed, InvestigationInProgress, ReviewInProgress, Withdrawn],
        [Closed] = [],
        [Withdrawn] = [],
    };

    private static readonly Actor Staff = new("u-staff", "Sam Staff");

    /// <summary>Each public move, named, with the status it asks for on the given incident.</summary>
    private static readonly Dictionary<string, (Func<Incident, IncidentStatus> Target, Func<Incident, Result> Move)> Moves = new()
    {
        ["SubmitForEndorsement"] = (_ => AwaitingEndorsement, i => i.SubmitForEndorsement(Reporter, Now)),
        ["ReturnToReporter"] = (_ => ReturnedToReporter, i => i.ReturnToReporter(Endorser, "Add the police reference.", Now)),
        ["Endorse"] = (i => i.Profile == PolicyProfile.E1 && i.Impact == ImpactLevel.NonMajor ? NonMajorRecorded : SubmittedToDepartment, i => i.Endorse(Endorser, Now)),
        ["SubmitInMonthlyBatch"] = (_ => SubmittedToDepartment, i => i.SubmitInMonthlyBatch(Staff, Now)),
        ["StartScreening"] = (_ => DepartmentReview, i => i.StartScreening(Staff, Now)),
        ["DetermineFollowUp"] = (_ => FollowUpDetermined, i => i.DetermineFollowUp(FollowUpAction.Investigation, null, Staff, "By rule", Now)),
        ["BeginInvestigation"] = (_ => InvestigationInProgress, i => i.BeginInvestigation(Staff, Now)),
        ["AwaitOutcomeApproval"] = (_ => OutcomePendingApproval, i => i.AwaitOutcomeApproval(Staff, Now)),
        ["ResumeInvestigation"] = (_ => InvestigationInProgress, i => i.ResumeInvestigation(Staff, "More work", Now)),
        ["SubmitOutcome"] = (_ => OutcomeSubmitted, i => i.SubmitOutcome(Staff, Now)),
        ["BeginReview"] = (_ => ReviewInProgress, i => i.BeginReview(Cims.Domain.Reviews.ReviewKind.CaseReview, Staff, Now)),
        ["AwaitReviewApproval"] = (_ => OutcomePendingApproval, i => i.AwaitReviewApproval(Cims.Domain.Reviews.ReviewKind.CaseReview, Staff, Now)),
        ["ResumeReview"] = (_ => ReviewInProgress, i => i.ResumeReview(Staff, "More work", Now)),
        ["SubmitReviewOutcome"] = (_ => OutcomeSubmitted, i => i.SubmitReviewOutcome(Cims.Domain.Reviews.ReviewKind.CaseReview, Staff, Now)),
        ["Close"] = (_ => Closed, i => i.Close(Staff, "No further action", Now)),
        ["Withdraw"] = (_ => Withdrawn, i => i.Withdraw(Reporter, "Reported twice", Now)),
    };

    public static TheoryData<IncidentStatus, IncidentStatus> EveryPair()
    {
        var data = new TheoryData<IncidentStatus, IncidentStatus>();
        foreach (var from in Enum.GetValues<IncidentStatus>())
        {
            foreach (var to in Enum.GetValues<IncidentStatus>())
                data.Add(from, to);
        }

        return data;
    }

    public static TheoryData<IncidentStatus, string> EveryMoveFromEveryStatus()
    {
        var data = new TheoryData<IncidentStatus, string>();
        foreach (var from in Enum.GetValues<IncidentStatus>())
        {
            foreach (var move in Moves.Keys)
                data.Add(from, move);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void CanMove_EveryPairOfStatuses_MatchesTheReferenceTable(IncidentStatus from, IncidentStatus to)
    {
        Assert.Equal(Reference[from].Contains(to), IncidentWorkflow.CanMove(from, to));
    }

    [Theory]
    [MemberData(nameof(EveryMoveFromEveryStatus))]
    public void Move_FromEveryStatus_SucceedsAndRecordsItOnlyWhereTheTableAllowsIt(IncidentStatus from, string name)
    {
        var incident = At(from);
        var (target, move) = Moves[name];
        var to = target(incident);
        var historyBefore = incident.History.Count;

        var result = move(incident);

        if (Reference[from].Contains(to))
        {
            result.MustSucceed();
            Assert.Equal(to, incident.Status);
            var change = incident.History[^1];
            Assert.Equal((from, to), (change.From, change.To));
            Assert.False(string.IsNullOrEmpty(change.ByName));
            Assert.Equal(Now, change.At);
        }
        else
        {
            Assert.Equal("incident.wrong_status", result.Error?.Code);
            Assert.Equal(from, incident.Status);
            Assert.Equal(historyBefore, incident.History.Count);
        }
    }

    /// <summary>An incident brought to <paramref name="status"/> by the aggregate's own moves (E1 where the status needs it).</summary>
    internal static Incident At(IncidentStatus status)
    {
        var e1 = new DateOnly(2019, 5, 1);
        return status switch
        {
            Draft => Complete(),
            AwaitingEndorsement => Complete().Then(i => i.SubmitForEndorsement(Reporter, Now)),
            ReturnedToReporter => At(AwaitingEndorsement).Then(i => i.ReturnToReporter(Endorser, "Add the police reference.", Now)),
            NonMajorRecorded => Complete(ImpactLevel.NonMajor, e1).Then(i => i.SubmitForEndorsement(Reporter, Now)).Then(i => i.Endorse(Endorser, Now)),
            SubmittedToDepartment => At(AwaitingEndorsement).Then(i => i.Endorse(Endorser, Now)),
            DepartmentReview => Complete(ImpactLevel.Major, e1).Then(i => i.SubmitForEndorsement(Reporter, Now)).Then(i => i.Endorse(Endorser, Now))
                .Then(i => i.StartScreening(Staff, Now)),
            FollowUpDetermined => At(SubmittedToDepartment).Then(i => i.DetermineFollowUp(FollowUpAction.Investigation, null, Staff, null, Now)),
            InvestigationInProgress => At(FollowUpDetermined).Then(i => i.BeginInvestigation(Staff, Now)),
            ReviewInProgress => At(SubmittedToDepartment).Then(i => i.DetermineFollowUp(FollowUpAction.CaseReview, null, Staff, null, Now))
                .Then(i => i.BeginReview(Cims.Domain.Reviews.ReviewKind.CaseReview, Staff, Now)),
            OutcomePendingApproval => At(InvestigationInProgress).Then(i => i.AwaitOutcomeApproval(Staff, Now)),
            OutcomeSubmitted => At(OutcomePendingApproval).Then(i => i.SubmitOutcome(Staff, Now)),
            Closed => At(SubmittedToDepartment).Then(i => i.Close(Staff, "No further action", Now)),
            Withdrawn => Complete().Then(i => i.Withdraw(Reporter, "Reported twice", Now)),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
    }
}
