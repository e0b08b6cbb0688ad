using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Domain.Tests.Incidents;
using static Cims.Domain.Tests.Incidents.IncidentTestData;

namespace Cims.Domain.Tests.Reviews;

internal static class ReviewTestData
{
    public static readonly Actor Staff = new("u-staff", "Sam Staff");
    public static readonly Actor Reviewer = new("u-reviewer", "Robin Reviewer");
    public static readonly Actor Ceo = new("u-ceo", "Casey Chief");
    public static readonly Assignee Robin = Assignee.Internal("u-reviewer", "Robin Reviewer", "robin@example.org");
    public static readonly Deadline Due = new(Now.AddDays(30), "21 business days");

    public static readonly CaseReviewReport CompleteCaseReport = new(
        new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 22), "Jo fell from her wheelchair during a transfer.", "Transfers done by one worker.",
        "A second fall in a month.", "Read the case notes, rosters and the care plan.", "The two workers on shift.", "Case notes, roster, care plan.",
        "The care plan did not say two workers for transfers.");

    /// <summary>A major incident whose follow-up is <paramref name="action"/>; reported in 2019 it is E1, else E2.</summary>
    public static Incident AwaitingReviewer(FollowUpAction action, bool e1 = false) =>
        Complete(ImpactLevel.Major, e1 ? new DateOnly(2019, 5, 1) : null)
            .Then(i => i.SubmitForEndorsement(Reporter, Now)).Then(i => i.Endorse(Endorser, Now))
            .Then(i => i.DetermineFollowUp(action, Due, Staff, "By rule", Now));

    public static Review Opened(Incident incident) => Review.Open(incident, Robin, false, Endorser, Now).MustSucceed();

    /// <summary>A case review with its report and one action, ready to submit.</summary>
    public static Review ReadyCaseReview(Incident incident)
    {
        var review = Opened(incident);
        review.SaveCaseReport(CompleteCaseReport, Now).MustSucceed();
        review.AddAction("Two workers for every transfer.", "Team leader", new DateOnly(2027, 1, 31), Now).MustSucceed();
        return review;
    }

    /// <summary>An RCA review with its team, report, a timeline entry, a root cause and a response plan action.</summary>
    public static Review ReadyRcaReview(Incident incident)
    {
        var review = Opened(incident);
        review.SaveRcaReport(new RcaReport("Robin Reviewer, the practice lead and a nurse.", "Falls follow transfers done alone."), Now).MustSucceed();
        review.AddTimelineEntry(new DateOnly(2026, 11, 21), new TimeOnly(19, 40), "Jo transferred to bed by one worker.", Now).MustSucceed();
        review.AddRootCause("The roster leaves one worker on evenings.", Now).MustSucceed();
        review.AddAction("Roster two workers on evenings.", "Operations manager", new DateOnly(2027, 2, 28), Now).MustSucceed();
        return review;
    }
}
