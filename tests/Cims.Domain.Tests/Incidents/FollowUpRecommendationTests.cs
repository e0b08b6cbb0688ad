using Cims.Domain.Common;
using Cims.Domain.Incidents;
using static Cims.Domain.Tests.Incidents.IncidentTestData;

namespace Cims.Domain.Tests.Incidents;

/// <summary>The delegate's recommendation of a follow-up other than the rules' suggestion, and where it sends the incident.</summary>
public sealed class FollowUpRecommendationTests
{
    private static readonly Actor Cims = new("system", "CIMS");
    private static readonly Actor Staff = new("u-staff", "Sam Staff");
    private static readonly DateOnly E2Day = new(2026, 11, 23);

    [Fact]
    public void RecommendFollowUp_DifferentWithReason_E2IncidentGoesToScreeningAndTheHistoryKeepsBothReasons()
    {
        var incident = AwaitingEndorsement(ImpactLevel.Major);

        incident.RecommendFollowUp(FollowUpAction.RcaReview, "Third fall on this unit this year: a systemic problem.", FollowUpAction.Investigation).MustSucceed();
        incident.Endorse(Endorser, Now).MustSucceed();
        incident.RouteAtDepartment(Cims, null, Now).MustSucceed();
        incident.DetermineFollowUp(FollowUpAction.RcaReview, null, Staff, "Agreed: several contributing factors.", Now).MustSucceed();

        Assert.Equal(DepartmentRoute.Screening, incident.DepartmentRoute);
        Assert.Equal(FollowUpAction.RcaReview, incident.FollowUp);
        Assert.Contains("Third fall on this unit", incident.History.Single(h => h.To == IncidentStatus.SubmittedToDepartment).Reason, StringComparison.Ordinal);
        var decided = incident.History[^1].Reason!;
        Assert.Contains("Agreed: several contributing factors.", decided, StringComparison.Ordinal);
        Assert.Contains("The delegate recommended Root cause analysis (RCA) review instead of the rules' suggestion: Third fall", decided, StringComparison.Ordinal);
    }

    [Fact]
    public void RecommendFollowUp_TheSuggestionItself_ClearsTheRecommendationAndTheRulesDecide()
    {
        var incident = AwaitingEndorsement(ImpactLevel.Major);
        incident.RecommendFollowUp(FollowUpAction.RcaReview, "Systemic.", FollowUpAction.Investigation).MustSucceed();

        incident.RecommendFollowUp(FollowUpAction.Investigation, null, FollowUpAction.Investigation).MustSucceed();
        incident.Endorse(Endorser, Now).MustSucceed();

        Assert.Null(incident.RecommendedFollowUp);
        Assert.Equal(DepartmentRoute.FollowUpByRule, incident.DepartmentRoute);
    }

    [Fact]
    public void RecommendFollowUp_DifferentWithoutReason_IsRefusedBesideTheReason()
    {
        var incident = AwaitingEndorsement(ImpactLevel.Major);

        var result = incident.RecommendFollowUp(FollowUpAction.CaseReview, "  ", FollowUpAction.Investigation);

        Assert.Equal(("incident.recommendation_reason_required", "RecommendationReason"), (result.Error?.Code, result.Error?.Field));
        Assert.Null(incident.RecommendedFollowUp);
    }

    [Fact]
    public void RecommendFollowUp_NonMajorIncident_IsRefused()
    {
        var incident = AwaitingEndorsement(ImpactLevel.NonMajor);

        var result = incident.RecommendFollowUp(FollowUpAction.CaseReview, "Because.", FollowUpAction.NoFurtherAction);

        Assert.Equal("incident.recommendation_not_major", result.Error?.Code);
    }

    [Fact]
    public void RecommendFollowUp_AfterEndorsement_IsTheWrongStatus()
    {
        var incident = AwaitingEndorsement(ImpactLevel.Major);
        incident.Endorse(Endorser, Now).MustSucceed();

        var result = incident.RecommendFollowUp(FollowUpAction.CaseReview, "Too late.", FollowUpAction.Investigation);

        Assert.Equal("incident.wrong_status", result.Error?.Code);
        Assert.Null(incident.RecommendedFollowUp);
    }

    [Fact]
    public void ChangeRecommendation_AtScreening_ChangedUnderTheSameRulesAndTheVersionRenewed()
    {
        var incident = AtScreening();
        var version = incident.Version;

        incident.ChangeRecommendation(FollowUpAction.RcaReview, " Systemic. ", FollowUpAction.Investigation, Now).MustSucceed();
        var withoutReason = incident.ChangeRecommendation(FollowUpAction.CaseReview, null, FollowUpAction.Investigation, Now);

        Assert.Equal((FollowUpAction.RcaReview, "Systemic."), (incident.RecommendedFollowUp, incident.RecommendationReason));
        Assert.NotEqual(version, incident.Version);
        Assert.Equal("incident.recommendation_reason_required", withoutReason.Error?.Code);
        Assert.Equal(IncidentStatus.DepartmentReview, incident.Status);
    }

    [Fact]
    public void ChangeRecommendation_TheSuggestion_ClearsIt()
    {
        var incident = AtScreening();

        incident.ChangeRecommendation(FollowUpAction.Investigation, null, FollowUpAction.Investigation, Now).MustSucceed();

        Assert.Equal((null, null), (incident.RecommendedFollowUp, incident.RecommendationReason));
    }

    [Fact]
    public void ChangeRecommendation_AfterTheDepartmentDecided_ConflictAndUnchanged()
    {
        var incident = AtScreening();
        incident.DetermineFollowUp(FollowUpAction.Investigation, null, Staff, null, Now).MustSucceed();

        var result = incident.ChangeRecommendation(FollowUpAction.RcaReview, "Too late.", FollowUpAction.Investigation, Now);

        Assert.Equal(("incident.follow_up_decided", ErrorKind.Conflict), (result.Error?.Code, result.Error?.Kind));
        Assert.Equal(FollowUpAction.CaseReview, incident.RecommendedFollowUp);
    }

    [Fact]
    public void ChangeRecommendation_BeforeEndorsement_ConflictNotAtTheDepartment()
    {
        var incident = AwaitingEndorsement(ImpactLevel.Major);

        var result = incident.ChangeRecommendation(FollowUpAction.RcaReview, "Early.", FollowUpAction.Investigation, Now);

        Assert.Equal(("incident.recommendation_not_at_department", ErrorKind.Conflict), (result.Error?.Code, result.Error?.Kind));
        Assert.Null(incident.RecommendedFollowUp);
    }

    private static Incident AtScreening()
    {
        var incident = AwaitingEndorsement(ImpactLevel.Major);
        incident.RecommendFollowUp(FollowUpAction.CaseReview, "A visitor.", FollowUpAction.Investigation).MustSucceed();
        incident.Endorse(Endorser, Now).MustSucceed();
        incident.RouteAtDepartment(Cims, null, Now).MustSucceed();
        return incident;
    }

    private static Incident AwaitingEndorsement(ImpactLevel impact)
    {
        var incident = Complete(impact, E2Day);
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();
        return incident;
    }
}
