using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using static Cims.Domain.Tests.Incidents.IncidentTestData;
using static Cims.Domain.Tests.Reviews.ReviewTestData;

namespace Cims.Domain.Tests.Reviews;

/// <summary>Each move of a review: a happy test and a wrong-stage test, with the incident moving alongside when the review is its only follow-up.</summary>
public sealed class ReviewWorkflowTests
{
    [Theory]
    [InlineData(FollowUpAction.CaseReview, ReviewKind.CaseReview)]
    [InlineData(FollowUpAction.RcaReview, ReviewKind.RcaReview)]
    public void Open_ReviewFollowUp_StartsTheReviewAndTheIncidentIsUnderReview(FollowUpAction action, ReviewKind kind)
    {
        var incident = AwaitingReviewer(action);

        var review = Review.Open(incident, Robin, true, Endorser, Now).MustSucceed();

        Assert.Equal((kind, ReviewStatus.InProgress, IncidentStatus.ReviewInProgress), (review.Kind, review.Status, incident.Status));
        Assert.Equal(Due.DueAt, review.DueAt);
        Assert.Equal(("Assigned", "Dana Delegate"), (review.History[0].What, review.History[0].ByName));
        Assert.Contains("joint review with the department", review.History[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_InvestigationFollowUp_IsRefused()
    {
        var incident = AwaitingReviewer(FollowUpAction.Investigation);

        Assert.Equal(ReviewErrors.NoReviewFollowUp, Review.Open(incident, Robin, false, Endorser, Now).Error);
        Assert.Equal(IncidentStatus.FollowUpDetermined, incident.Status);
    }

    [Fact]
    public void Open_CombinedFollowUpDuringTheInvestigation_RunsBesideItWithoutMovingTheIncident()
    {
        var incident = AwaitingReviewer(FollowUpAction.InvestigationOutcomeRca);
        incident.BeginInvestigation(Endorser, Now).MustSucceed();

        var review = Review.Open(incident, Robin, false, Endorser, Now).MustSucceed();

        Assert.Equal((ReviewKind.RcaReview, IncidentStatus.InvestigationInProgress), (review.Kind, incident.Status));
    }

    [Fact]
    public void Submit_CompleteCaseReview_AwaitsApprovalWithTheIncident()
    {
        var incident = AwaitingReviewer(FollowUpAction.CaseReview);
        var review = ReadyCaseReview(incident);

        review.Submit(incident, Reviewer, Now).MustSucceed();

        Assert.Equal((ReviewStatus.OutcomeAwaitingApproval, IncidentStatus.OutcomePendingApproval), (review.Status, incident.Status));
    }

    [Fact]
    public void Submit_WithoutItsReport_SaysWhatIsMissing()
    {
        var incident = AwaitingReviewer(FollowUpAction.RcaReview);
        var review = Opened(incident);
        review.SaveRcaReport(new RcaReport("The team.", "Findings."), Now).MustSucceed();

        Assert.Equal(ReviewErrors.RcaNeedsRootCauseAndTimeline, review.Submit(incident, Reviewer, Now).Error);
        Assert.Equal(ReviewStatus.InProgress, review.Status);
    }

    [Fact]
    public void Submit_AlreadyAwaitingApproval_IsTheWrongStage()
    {
        var incident = AwaitingReviewer(FollowUpAction.CaseReview);
        var review = ReadyCaseReview(incident);
        review.Submit(incident, Reviewer, Now).MustSucceed();

        Assert.Equal("review.wrong_status", review.Submit(incident, Reviewer, Now).Error?.Code);
    }

    [Fact]
    public void Return_WithAReason_BackInProgressWithTheIncident()
    {
        var incident = AwaitingReviewer(FollowUpAction.CaseReview);
        var review = ReadyCaseReview(incident);
        review.Submit(incident, Reviewer, Now).MustSucceed();

        Assert.Equal(ReviewErrors.ReasonRequired, review.Return(incident, Ceo, " ", Now).Error);
        review.Return(incident, Ceo, "Say who was interviewed.", Now).MustSucceed();

        Assert.Equal((ReviewStatus.InProgress, IncidentStatus.ReviewInProgress, "Say who was interviewed."), (review.Status, incident.Status, review.ReturnReason));
    }

    [Fact]
    public void Return_InProgress_IsTheWrongStage()
    {
        var incident = AwaitingReviewer(FollowUpAction.CaseReview);
        var review = ReadyCaseReview(incident);

        Assert.Equal("review.wrong_status", review.Return(incident, Ceo, "Not yet.", Now).Error?.Code);
    }

    [Fact]
    public void Approve_E2CaseReview_SubmittedToTheDepartment()
    {
        var incident = AwaitingReviewer(FollowUpAction.CaseReview);
        var review = ReadyCaseReview(incident);
        review.Submit(incident, Reviewer, Now).MustSucceed();

        review.Approve(incident, Ceo, investigationDone: false, Now).MustSucceed();

        Assert.Equal((ReviewStatus.OutcomeSubmitted, IncidentStatus.OutcomeSubmitted), (review.Status, incident.Status));
        Assert.Equal(("Casey Chief", Now), (review.ApprovedBy, review.ApprovedAt));
    }

    [Fact]
    public void Approve_E1CaseReview_KeptInTheOrganisationsRegisterAndTheIncidentCloses()
    {
        var incident = AwaitingReviewer(FollowUpAction.CaseReview, e1: true);
        var review = ReadyCaseReview(incident);
        review.Submit(incident, Reviewer, Now).MustSucceed();

        review.Approve(incident, Ceo, investigationDone: false, Now).MustSucceed();

        Assert.True(review.HeldUnderE1);
        Assert.Equal((ReviewStatus.HeldByOrganisation, IncidentStatus.Closed), (review.Status, incident.Status));
        Assert.False(review.IsOpen);
    }

    [Fact]
    public void Approve_InProgress_IsTheWrongStage()
    {
        var incident = AwaitingReviewer(FollowUpAction.RcaReview);
        var review = ReadyRcaReview(incident);

        Assert.Equal("review.wrong_status", review.Approve(incident, Ceo, false, Now).Error?.Code);
        Assert.Null(review.ApprovedAt);
    }

    [Fact]
    public void Accept_RcaReview_ClosesTheIncident()
    {
        var incident = AwaitingReviewer(FollowUpAction.RcaReview);
        var review = Submitted(incident, ReadyRcaReview(incident));

        review.Accept(incident, Staff, investigationDone: false, Now).MustSucceed();

        Assert.Equal((ReviewStatus.Accepted, IncidentStatus.Closed), (review.Status, incident.Status));
    }

    [Fact]
    public void Accept_CombinedWhileTheInvestigationIsOpen_LeavesTheIncidentOpenUntilBothAreDone()
    {
        var incident = AwaitingReviewer(FollowUpAction.InvestigationOutcomeRca);
        var review = Submitted(incident, ReadyRcaReview(incident));

        review.Accept(incident, Staff, investigationDone: false, Now).MustSucceed();

        Assert.Equal((ReviewStatus.Accepted, IncidentStatus.FollowUpDetermined), (review.Status, incident.Status));
    }

    [Fact]
    public void Accept_NotSubmitted_IsTheWrongStage()
    {
        var incident = AwaitingReviewer(FollowUpAction.RcaReview);
        var review = ReadyRcaReview(incident);

        Assert.Equal("review.wrong_status", review.Accept(incident, Staff, false, Now).Error?.Code);
        Assert.Equal(IncidentStatus.ReviewInProgress, incident.Status);
    }

    [Fact]
    public void SendBack_WithReasonAndNewDate_BackInProgressWithTheNewDueDate()
    {
        var incident = AwaitingReviewer(FollowUpAction.RcaReview);
        var review = Submitted(incident, ReadyRcaReview(incident));
        var due = new Deadline(Now.AddDays(20), "Set by the department");

        Assert.Equal(ReviewErrors.NewDueDateInPast, review.SendBack(incident, Staff, "More.", new Deadline(Now.AddDays(-1), "Past"), Now).Error);
        review.SendBack(incident, Staff, "Interview the night staff.", due, Now).MustSucceed();

        Assert.Equal((ReviewStatus.InProgress, IncidentStatus.ReviewInProgress, due.DueAt), (review.Status, incident.Status, review.DueAt));
    }

    [Fact]
    public void SendBack_InProgress_IsTheWrongStage()
    {
        var incident = AwaitingReviewer(FollowUpAction.RcaReview);
        var review = ReadyRcaReview(incident);

        Assert.Equal("review.wrong_status", review.SendBack(incident, Staff, "More.", new Deadline(Now.AddDays(5), "x"), Now).Error?.Code);
    }

    [Fact]
    public void Withdraw_OpenReview_WithdrawnWithTheReason_AndNotOnceAccepted()
    {
        var incident = AwaitingReviewer(FollowUpAction.RcaReview);
        var open = Opened(incident);
        var other = AwaitingReviewer(FollowUpAction.RcaReview);
        var accepted = Submitted(other, ReadyRcaReview(other));
        accepted.Accept(other, Staff, false, Now).MustSucceed();

        open.Withdraw(Staff, "Reported twice.", Now).MustSucceed();

        Assert.Equal((ReviewStatus.Withdrawn, "Reported twice."), (open.Status, open.History[^1].Reason));
        Assert.Equal("review.wrong_status", accepted.Withdraw(Staff, "Too late.", Now).Error?.Code);
    }

    [Fact]
    public void Reassign_AnotherReviewer_KeepsWhoHadIt()
    {
        var review = Opened(AwaitingReviewer(FollowUpAction.CaseReview));

        review.Reassign(Assignee.Internal("u-other", "Kim Other", null), Endorser, "Robin is on leave.", Now).MustSucceed();

        Assert.Equal("Kim Other", review.Manager.Name);
        Assert.Equal("From Robin Reviewer to Kim Other. Robin is on leave.", review.History[^1].Reason);
    }

    private static Review Submitted(Incident incident, Review review)
    {
        review.Submit(incident, Reviewer, Now).MustSucceed();
        review.Approve(incident, Ceo, false, Now).MustSucceed();
        return review;
    }
}
