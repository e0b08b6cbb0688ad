using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using static Cims.Domain.Tests.Incidents.IncidentTestData;
using static Cims.Domain.Tests.Investigations.InvestigationTestData;

namespace Cims.Domain.Tests.Investigations;

public sealed class InvestigationPlanTests
{
    [Fact]
    public void SavePlan_Incomplete_IsKeptButCannotBeSubmitted()
    {
        var investigation = Assigned(AwaitingInvestigator());
        investigation.SavePlan(CompletePlan with { Methodology = null }, Now).MustSucceed();

        var result = investigation.SubmitPlan(Manager, Now);

        Assert.Equal(InvestigationErrors.PlanIncomplete, result.Error);
        Assert.Equal("Senior practitioner", investigation.Plan.ManagerPosition);
        Assert.Equal(InvestigationStatus.PlanInPreparation, investigation.Status);
    }

    [Fact]
    public void SavePlan_PeriodEndingBeforeItStarts_IsRefused()
    {
        var investigation = Assigned(AwaitingInvestigator());

        var result = investigation.SavePlan(CompletePlan with { PeriodEnd = new DateOnly(2026, 11, 1) }, Now);

        Assert.Equal(InvestigationErrors.PlanPeriodOrder, result.Error);
        Assert.Equal(InvestigationPlan.Empty, investigation.Plan);
    }

    [Fact]
    public void SubmitPlan_Complete_AwaitsEndorsementWithHistory()
    {
        var investigation = WithPlanSubmitted(AwaitingInvestigator());

        Assert.Equal(InvestigationStatus.PlanAwaitingEndorsement, investigation.Status);
        var submitted = investigation.History[^1];
        Assert.Equal((InvestigationStatus.PlanInPreparation, InvestigationStatus.PlanAwaitingEndorsement, "Alex Investigator"), (submitted.From, submitted.To, submitted.ByName));
    }

    [Fact]
    public void SubmitPlan_AlreadySubmitted_IsTheWrongStage()
    {
        var investigation = WithPlanSubmitted(AwaitingInvestigator());

        Assert.Equal("investigation.wrong_status", investigation.SubmitPlan(Manager, Now).Error?.Code);
        Assert.Equal(InvestigationErrors.PlanNotEditable, investigation.SavePlan(CompletePlan, Now).Error);
    }

    [Fact]
    public void ReturnPlan_WithReason_GoesBackToTheManagerAndResubmissionClearsTheReason()
    {
        var investigation = WithPlanSubmitted(AwaitingInvestigator());

        investigation.ReturnPlan(Endorser, "Name the witnesses to be interviewed.", Now).MustSucceed();

        Assert.Equal(InvestigationStatus.PlanInPreparation, investigation.Status);
        Assert.Equal("Name the witnesses to be interviewed.", investigation.ReturnReason);
        Assert.Equal("Plan returned", investigation.History[^1].What);
        investigation.SavePlan(CompletePlan with { Methodology = "Interview Jo, Sam and Kim." }, Now).MustSucceed();
        investigation.SubmitPlan(Manager, Now).MustSucceed();
        Assert.Null(investigation.ReturnReason);
    }

    [Fact]
    public void ReturnPlan_WithoutReason_IsRefused()
    {
        var investigation = WithPlanSubmitted(AwaitingInvestigator());

        Assert.Equal(InvestigationErrors.ReasonRequired, investigation.ReturnPlan(Endorser, "", Now).Error);
        Assert.Equal(InvestigationStatus.PlanAwaitingEndorsement, investigation.Status);
    }

    [Fact]
    public void ReturnPlan_InPreparation_IsTheWrongStage()
    {
        var investigation = Assigned(AwaitingInvestigator());

        Assert.Equal("investigation.wrong_status", investigation.ReturnPlan(Endorser, "Why?", Now).Error?.Code);
    }

    [Fact]
    public void EndorsePlan_Submitted_StartsTheInvestigationAndMovesTheIncident()
    {
        var incident = AwaitingInvestigator();
        var investigation = WithPlanSubmitted(incident);

        investigation.EndorsePlan(incident, Endorser, Now).MustSucceed();

        Assert.Equal(InvestigationStatus.InProgress, investigation.Status);
        Assert.Equal(("Dana Delegate", Now), (investigation.PlanEndorsedBy, investigation.PlanEndorsedAt));
        Assert.Equal(IncidentStatus.InvestigationInProgress, incident.Status);
        var change = incident.History[^1];
        Assert.Equal((IncidentStatus.FollowUpDetermined, IncidentStatus.InvestigationInProgress, "Dana Delegate"), (change.From, change.To, change.ByName));
    }

    [Fact]
    public void EndorsePlan_InPreparation_IsTheWrongStageAndLeavesTheIncident()
    {
        var incident = AwaitingInvestigator();
        var investigation = Assigned(incident);

        var result = investigation.EndorsePlan(incident, Endorser, Now);

        Assert.Equal("investigation.wrong_status", result.Error?.Code);
        Assert.Equal(IncidentStatus.FollowUpDetermined, incident.Status);
        Assert.Null(investigation.PlanEndorsedAt);
    }
}
