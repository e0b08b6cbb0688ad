using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using static Cims.Domain.Tests.Incidents.IncidentTestData;
using static Cims.Domain.Tests.Reviews.ReviewTestData;

namespace Cims.Domain.Tests.Reviews;

/// <summary>What a review holds: the case review's sections, the RCA's timeline and root causes, and actions tracked to completion.</summary>
public sealed class ReviewContentTests
{
    [Fact]
    public void SaveCaseReport_PeriodEndingBeforeItStarts_IsRefusedBesideTheEnd()
    {
        var review = Opened(AwaitingReviewer(FollowUpAction.CaseReview));

        var result = review.SaveCaseReport(CompleteCaseReport with { PeriodFrom = new DateOnly(2026, 11, 1), PeriodTo = new DateOnly(2026, 10, 1) }, Now);

        Assert.Equal(ReviewErrors.PeriodOrder, result.Error);
        Assert.Equal(CaseReviewReport.Empty, review.CaseReport);
    }

    [Fact]
    public void AddTimelineEntry_OnACaseReview_BelongsToTheOtherKind()
    {
        var review = Opened(AwaitingReviewer(FollowUpAction.CaseReview));

        Assert.Equal(ReviewErrors.NotForThisKind, review.AddTimelineEntry(new DateOnly(2026, 11, 21), null, "An event.", Now).Error);
        Assert.Empty(review.Timeline);
    }

    [Fact]
    public void RcaLists_AddedAndRemoved_KeepTheirNumbers()
    {
        var review = ReadyRcaReview(AwaitingReviewer(FollowUpAction.RcaReview));
        review.AddRootCause("No falls risk assessment on admission.", Now).MustSucceed();

        review.RemoveRootCause(1, Now).MustSucceed();

        Assert.Equal([2], review.RootCauses.Select(r => r.Number));
        Assert.Equal(ReviewErrors.ItemNotFound, review.RemoveRootCause(7, Now).Error);
    }

    [Fact]
    public void Content_AfterSubmission_CannotChange()
    {
        var incident = AwaitingReviewer(FollowUpAction.CaseReview);
        var review = ReadyCaseReview(incident);
        review.Submit(incident, Reviewer, Now).MustSucceed();

        Assert.Equal("review.not_in_progress", review.AddAction("Another.", "Someone", new DateOnly(2027, 1, 1), Now).Error?.Code);
    }

    [Fact]
    public void TrackAction_AfterAcceptance_DoneNeedsEvidenceThenIsDone()
    {
        var incident = AwaitingReviewer(FollowUpAction.CaseReview);
        var review = ReadyCaseReview(incident);
        review.Submit(incident, Reviewer, Now).MustSucceed();
        review.Approve(incident, Ceo, false, Now).MustSucceed();
        review.Accept(incident, Staff, false, Now).MustSucceed();

        Assert.Equal(ReviewErrors.DoneEvidenceRequired, review.TrackAction(1, RecommendationStatus.Done, null, Now).Error);
        review.TrackAction(1, RecommendationStatus.Done, "The care plan now says two workers.", Now).MustSucceed();

        Assert.Equal(RecommendationStatus.Done, review.Actions[0].Status);
        Assert.Equal(IncidentStatus.Closed, incident.Status);
    }
}
