using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using static Cims.Domain.Tests.Incidents.IncidentTestData;
using static Cims.Domain.Tests.Investigations.InvestigationTestData;

namespace Cims.Domain.Tests.Investigations;

/// <summary>From the outcome submitted for approval to the department's decision, the investigation and its incident moving together.</summary>
public sealed class InvestigationOutcomeTests
{
    private static readonly Actor Ceo = new("u-ceo", "Casey Chief");
    private static readonly InvestigationOutcome Response = new("Pat Staff was stood down; staff retrained.", null, null, null);

    private static (Incident Incident, Investigation Investigation) ReadyToSubmit(FollowUpAction followUp = FollowUpAction.Investigation, InvestigationOutcome? outcome = null)
    {
        var incident = AwaitingInvestigator(followUp);
        var investigation = InProgress(incident);
        investigation.RecordFinding(1, AllegationFinding.Substantiated, "Witnessed by two staff.", Now).MustSucceed();
        investigation.Recommend("Roster two staff at night", "Operations manager", new DateOnly(2027, 2, 1), Now).MustSucceed();
        investigation.SaveOutcome(outcome ?? Response, Now).MustSucceed();
        return (incident, investigation);
    }

    private static (Incident Incident, Investigation Investigation) Submitted(FollowUpAction followUp = FollowUpAction.Investigation, InvestigationOutcome? outcome = null)
    {
        var (incident, investigation) = ReadyToSubmit(followUp, outcome);
        investigation.SubmitOutcome(incident, Manager, Now).MustSucceed();
        return (incident, investigation);
    }

    private static (Incident Incident, Investigation Investigation) Approved(FollowUpAction followUp = FollowUpAction.Investigation, InvestigationOutcome? outcome = null)
    {
        var (incident, investigation) = Submitted(followUp, outcome);
        investigation.ApproveOutcome(incident, Ceo, Now).MustSucceed();
        return (incident, investigation);
    }

    [Fact]
    public void SubmitOutcome_EveryFindingAndTheResponse_AwaitsApprovalWithTheIncident()
    {
        var (incident, investigation) = Submitted();

        Assert.Equal((InvestigationStatus.OutcomeAwaitingApproval, IncidentStatus.OutcomePendingApproval), (investigation.Status, incident.Status));
        Assert.Equal("Alex Investigator", investigation.History[^1].ByName);
    }

    [Fact]
    public void SubmitOutcome_AnAllegationWithoutFinding_IsRefused()
    {
        var incident = AwaitingInvestigator();
        var investigation = InProgress(incident);
        investigation.SaveOutcome(Response, Now).MustSucceed();

        Assert.Equal(InvestigationErrors.FindingsMissing, investigation.SubmitOutcome(incident, Manager, Now).Error);
        Assert.Equal(IncidentStatus.InvestigationInProgress, incident.Status);
    }

    [Fact]
    public void SubmitOutcome_CombinedFollowUpWithoutItsTemplateSections_IsRefused()
    {
        var (incident, investigation) = ReadyToSubmit(FollowUpAction.InvestigationOutcomeCaseReview);

        Assert.Equal(InvestigationErrors.OutcomeIncomplete, investigation.SubmitOutcome(incident, Manager, Now).Error);
        investigation.SaveOutcome(new InvestigationOutcome(null, "Systemic questions about night shifts.", "Family told by the manager.", "Two staff at night."), Now).MustSucceed();
        investigation.SubmitOutcome(incident, Manager, Now).MustSucceed();
    }

    [Fact]
    public void SubmitOutcome_BeforeThePlanIsEndorsed_IsTheWrongStage()
    {
        var incident = AwaitingInvestigator();
        var investigation = WithPlanSubmitted(incident);

        Assert.Equal("investigation.wrong_status", investigation.SubmitOutcome(incident, Manager, Now).Error?.Code);
    }

    [Fact]
    public void ReturnOutcome_WithReason_ResumesTheInvestigationAndTheIncident()
    {
        var (incident, investigation) = Submitted();

        investigation.ReturnOutcome(incident, Ceo, "Say what the family was told.", Now).MustSucceed();

        Assert.Equal((InvestigationStatus.InProgress, IncidentStatus.InvestigationInProgress), (investigation.Status, incident.Status));
        Assert.Equal("Say what the family was told.", investigation.ReturnReason);
        Assert.True(investigation.CanWork);
    }

    [Fact]
    public void ReturnOutcome_InProgress_IsTheWrongStage()
    {
        var (incident, investigation) = ReadyToSubmit();

        Assert.Equal("investigation.wrong_status", investigation.ReturnOutcome(incident, Ceo, "Why?", Now).Error?.Code);
        Assert.Equal(InvestigationErrors.ReasonRequired, Submitted().Investigation.ReturnOutcome(incident, Ceo, "", Now).Error);
    }

    [Fact]
    public void ApproveOutcome_SubmitsItToTheDepartment()
    {
        var (incident, investigation) = Approved();

        Assert.Equal((InvestigationStatus.OutcomeSubmitted, IncidentStatus.OutcomeSubmitted), (investigation.Status, incident.Status));
        Assert.Equal(("Casey Chief", Now), (investigation.OutcomeApprovedBy, investigation.OutcomeApprovedAt));
    }

    [Fact]
    public void ApproveOutcome_NotSubmitted_IsTheWrongStage()
    {
        var (incident, investigation) = ReadyToSubmit();

        Assert.Equal("investigation.wrong_status", investigation.ApproveOutcome(incident, Ceo, Now).Error?.Code);
        Assert.Null(investigation.OutcomeApprovedAt);
    }

    [Fact]
    public void AcceptOutcome_OfAnInvestigation_ClosesTheIncident()
    {
        var (incident, investigation) = Approved();

        investigation.AcceptOutcome(incident, Staff, Now).MustSucceed();

        Assert.Equal((InvestigationStatus.Accepted, IncidentStatus.Closed), (investigation.Status, incident.Status));
        Assert.False(investigation.IsOpen);
    }

    [Fact]
    public void TrackRecommendation_AfterTheOutcomeIsAccepted_StillTrackedToCompletion()
    {
        var (incident, investigation) = Approved();
        investigation.AcceptOutcome(incident, Staff, Now).MustSucceed();

        investigation.TrackRecommendation(1, RecommendationStatus.Done, "Roster for January shows two staff every night.", Now).MustSucceed();

        Assert.Equal(RecommendationStatus.Done, investigation.Recommendations.Single(r => r.Number == 1).Status);
    }

    [Fact]
    public void AcceptOutcome_OfACombinedFollowUp_LeavesTheIncidentForItsReview()
    {
        var (incident, investigation) = Approved(FollowUpAction.InvestigationOutcomeRca, new InvestigationOutcome(null, "Several factors.", "Family told.", "Roster change."));

        investigation.AcceptOutcome(incident, Staff, Now).MustSucceed();

        Assert.Equal((InvestigationStatus.Accepted, IncidentStatus.OutcomeSubmitted), (investigation.Status, incident.Status));
    }

    [Fact]
    public void AcceptOutcome_NotYetApproved_IsTheWrongStage()
    {
        var (incident, investigation) = Submitted();

        Assert.Equal("investigation.wrong_status", investigation.AcceptOutcome(incident, Staff, Now).Error?.Code);
        Assert.Equal(IncidentStatus.OutcomePendingApproval, incident.Status);
    }

    [Fact]
    public void SendBack_WithReasonAndNewDate_ResumesWithTheNewDueDate()
    {
        var (incident, investigation) = Approved();
        var due = new Deadline(Now.AddDays(20), "Due 21/12/2026, set by the department");

        investigation.SendBack(incident, Staff, "Interview the night staff.", due, Now).MustSucceed();

        Assert.Equal((InvestigationStatus.InProgress, IncidentStatus.InvestigationInProgress), (investigation.Status, incident.Status));
        Assert.Equal((due.DueAt, "Interview the night staff."), (investigation.DueAt, investigation.ReturnReason));
        Assert.Contains("Interview the night staff.", investigation.History[^1].Reason);
    }

    [Fact]
    public void SendBack_PastDateOrNoReasonOrNotSubmitted_IsRefused()
    {
        var (incident, investigation) = Approved();

        Assert.Equal(InvestigationErrors.NewDueDateInPast, investigation.SendBack(incident, Staff, "More", new Deadline(Now.AddDays(-1), "past"), Now).Error);
        Assert.Equal(InvestigationErrors.ReasonRequired, investigation.SendBack(incident, Staff, " ", new Deadline(Now.AddDays(9), "later"), Now).Error);
        var (other, submitted) = Submitted();
        Assert.Equal("investigation.wrong_status", submitted.SendBack(other, Staff, "More", new Deadline(Now.AddDays(9), "later"), Now).Error?.Code);
    }
}
