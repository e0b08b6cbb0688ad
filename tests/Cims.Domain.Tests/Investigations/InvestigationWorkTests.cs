using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using static Cims.Domain.Tests.Incidents.IncidentTestData;
using static Cims.Domain.Tests.Investigations.InvestigationTestData;

namespace Cims.Domain.Tests.Investigations;

/// <summary>The investigation's content: allegations proposed from the report, findings with reasons, evidence, factors, recommendations.</summary>
public sealed class InvestigationWorkTests
{
    [Fact]
    public void ProposedBy_ClientsAndSubjects_OneAllegationForEachPair()
    {
        var incident = AwaitingInvestigator(
            FollowUpAction.Investigation,
            new OtherPerson { Role = OtherPersonRole.SubjectOfAllegation, Name = "Pat Staff" },
            new OtherPerson { Role = OtherPersonRole.Witness, Name = "Kim Witness" },
            new OtherPerson { Role = OtherPersonRole.SubjectOfAllegation, Name = "Lee Carer" });

        var proposed = Investigation.ProposedBy(incident, "Physical abuse");

        Assert.Equal([new AllegationText("Jo Citizen", "Pat Staff", "Physical abuse"), new AllegationText("Jo Citizen", "Lee Carer", "Physical abuse")], proposed);
    }

    [Fact]
    public void ProposedBy_NoSubjectNamed_ProposesAnUnknownSubject()
    {
        var proposed = Investigation.ProposedBy(AwaitingInvestigator(), "Neglect");

        Assert.Equal("Jo Citizen – Unknown – Neglect", Assert.Single(proposed) is var a ? $"{a.ClientName} – {a.SubjectName} – {a.IncidentType}" : "");
    }

    [Fact]
    public void RecordFinding_WithReasons_IsKept()
    {
        var investigation = InProgress();
        var allegation = investigation.Allegations[0];

        investigation.RecordFinding(allegation.Number, AllegationFinding.Substantiated, "Two witnesses saw the push.", Now).MustSucceed();

        Assert.Equal((AllegationFinding.Substantiated, "Two witnesses saw the push."), (allegation.Finding, allegation.FindingReasons));
    }

    [Fact]
    public void RecordFinding_WithoutReasons_IsRefused()
    {
        var investigation = InProgress();

        Assert.Equal(InvestigationErrors.FindingReasonsRequired, investigation.RecordFinding(investigation.Allegations[0].Number, AllegationFinding.UnableToDetermine, " ", Now).Error);
        Assert.Null(investigation.Allegations[0].Finding);
    }

    [Fact]
    public void RemoveAllegation_WithAFinding_IsRefused()
    {
        var investigation = InProgress();
        investigation.AddAllegation(new AllegationText("Jo Citizen", "Sam Other", "Neglect"), Now).MustSucceed();
        var decided = investigation.Allegations[0];
        investigation.RecordFinding(decided.Number, AllegationFinding.NotSubstantiated, "The roster shows Pat was off shift.", Now).MustSucceed();

        Assert.Equal(InvestigationErrors.AllegationHasFinding, investigation.RemoveAllegation(decided.Number, Now).Error);
        investigation.RemoveAllegation(investigation.Allegations[1].Number, Now).MustSucceed();
        Assert.Single(investigation.Allegations);
    }

    [Fact]
    public void Work_BeforeThePlanIsEndorsed_IsTheWrongStage()
    {
        var investigation = WithPlanSubmitted(AwaitingInvestigator());

        Assert.Equal("investigation.not_in_progress", investigation.AddAllegation(new AllegationText("Jo", "Pat", "Neglect"), Now).Error?.Code);
        Assert.Equal("investigation.not_in_progress", investigation.LogEvidence(new EvidenceEntry(EvidenceKind.Interview, "Jo", null, null, "Said"), Manager, Now).Error?.Code);
        Assert.Equal("investigation.not_in_progress", investigation.Recommend("Train staff", "Manager", new DateOnly(2027, 1, 1), Now).Error?.Code);
        Assert.Equal("investigation.not_in_progress", investigation.SetContributingFactors(["STAFFING"], null, Now).Error?.Code);
    }

    [Fact]
    public void LogEvidence_Interview_RecordsWhoLoggedIt()
    {
        var investigation = InProgress();

        investigation.LogEvidence(new EvidenceEntry(EvidenceKind.Interview, " Jo Citizen ", new DateOnly(2026, 11, 25), "Alex Investigator", "Jo described the push."), Manager, Now).MustSucceed();

        var item = Assert.Single(investigation.Evidence);
        Assert.Equal(("Jo Citizen", "Alex Investigator", Now), (item.Title, item.RecordedByName, item.RecordedAt));
    }

    [Fact]
    public void SetContributingFactors_RepeatedCodes_KeptOnceInOrder()
    {
        var investigation = InProgress();

        investigation.SetContributingFactors(["TRAINING", "STAFFING", "TRAINING"], "  Night shift alone  ", Now).MustSucceed();

        Assert.Equal(["STAFFING", "TRAINING"], investigation.ContributingFactors);
        Assert.Equal("Night shift alone", investigation.OtherContributingFactors);
    }

    [Fact]
    public void TrackRecommendation_NotAcceptedWithoutReason_IsRefusedAndDoneIsKept()
    {
        var investigation = InProgress();
        investigation.Recommend("Roster two staff at night", "Operations manager", new DateOnly(2027, 2, 1), Now).MustSucceed();
        var recommendation = investigation.Recommendations[0];

        Assert.Equal(InvestigationErrors.NotAcceptedReasonRequired, investigation.TrackRecommendation(recommendation.Number, RecommendationStatus.NotAccepted, null, Now).Error);
        investigation.TrackRecommendation(recommendation.Number, RecommendationStatus.Done, "Rostered from 1 January.", Now).MustSucceed();

        Assert.Equal((RecommendationStatus.Done, "Rostered from 1 January."), (recommendation.Status, recommendation.StatusNote));
        Assert.False(recommendation.IsOverdue(new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void TrackRecommendation_DoneWithoutEvidence_IsRefused()
    {
        var investigation = InProgress();
        investigation.Recommend("Roster two staff at night", "Operations manager", new DateOnly(2027, 2, 1), Now).MustSucceed();

        var result = investigation.TrackRecommendation(1, RecommendationStatus.Done, " ", Now);

        Assert.Equal(InvestigationErrors.DoneEvidenceRequired, result.Error);
        Assert.Equal(RecommendationStatus.Open, investigation.Recommendations[0].Status);
    }

    [Fact]
    public void Recommendation_OpenPastItsDate_IsOverdue()
    {
        var investigation = InProgress();
        investigation.Recommend("Review the behaviour support plan", "Clinical lead", new DateOnly(2027, 2, 1), Now).MustSucceed();

        Assert.False(investigation.Recommendations[0].IsOverdue(new DateOnly(2027, 2, 1)));
        Assert.True(investigation.Recommendations[0].IsOverdue(new DateOnly(2027, 2, 2)));
    }
}
