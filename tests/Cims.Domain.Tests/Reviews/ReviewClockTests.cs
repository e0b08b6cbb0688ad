using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using static Cims.Domain.Tests.Incidents.IncidentTestData;
using static Cims.Domain.Tests.Investigations.InvestigationTimeTestData;
using static Cims.Domain.Tests.Reviews.ReviewTestData;

namespace Cims.Domain.Tests.Reviews;

/// <summary>A review has the investigation's clock: extensions and police holds, recorded in the review's own history, refused in the review's words.</summary>
public sealed class ReviewClockTests
{
    [Fact]
    public void ApproveExtension_OfAReview_MovesItsDueDateAndRecordsBothStepsWithoutMovingTheStatus()
    {
        var review = Opened(AwaitingReviewer(FollowUpAction.RcaReview));
        var current = Rules.Day(review.DueAt!.Value);
        var wanted = Rules.Calendar.AddBusinessDays(current, 10);

        review.RequestExtension(wanted, "Police asked the review to wait.", Reviewer, Rules, Now).MustSucceed();
        review.ApproveExtension(null, Department, Rules, Now).MustSucceed();

        Assert.Equal(wanted, Rules.Day(review.DueAt!.Value));
        Assert.Equal(["Extension requested", "Extension approved"], review.History.Skip(1).Select(e => e.What));
        Assert.All(review.History.Skip(1), e => Assert.Equal((ReviewStatus.InProgress, ReviewStatus.InProgress), (e.From, e.To)));
    }

    [Fact]
    public void ClockSteps_OnAWithdrawnOrHeldReview_AreRefusedWithTheReviewsCodes()
    {
        var withdrawn = Opened(AwaitingReviewer(FollowUpAction.CaseReview));
        withdrawn.Withdraw(Endorser, "Reported twice.", Now).MustSucceed();
        var held = Opened(AwaitingReviewer(FollowUpAction.CaseReview));
        held.PauseForPolice("Police reference A-123.", Department, Now).MustSucceed();

        var closed = withdrawn.RequestExtension(new DateOnly(2027, 3, 1), "More time.", Reviewer, Rules, Now);
        var again = held.PauseForPolice("Again.", Department, Now);

        Assert.Equal(("review.time_closed", "The review is closed: its due date can no longer change."), (closed.Error!.Code, closed.Error.Message));
        Assert.Equal("review.already_on_hold", again.Error!.Code);
        Assert.Single(held.Holds);
        Assert.Empty(withdrawn.Extensions);
    }
}
