using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;

namespace Cims.Domain.Reviews;

/// <summary>
/// The case review or RCA review of an incident whose follow-up calls for one (stage 4): who reviews it (a review
/// manager of the organisation, or an external reviewer with a user accountable, possibly jointly with the department),
/// its report and action plan, approval by the CEO or senior delegate, and the department's acceptance. After
/// "Case review" or "RCA review" the incident moves with the review; after a combined follow-up the incident follows
/// its investigation and closes when both are done. Every status move goes through <see cref="Move"/> and is recorded
/// in <see cref="History"/>.
/// </summary>
public sealed partial class Review : ClockedWork
{
    private readonly List<ReviewEvent> _history = [];

    private Review()
    {
    }

    public ReviewKind Kind { get; private set; }

    /// <summary>The incident's follow-up when the review was opened.</summary>
    public FollowUpAction FollowUp { get; private set; }

    /// <summary>E1 (2019 guide): an approved case review stays in the organisation's register instead of going to the department.</summary>
    public bool HeldUnderE1 { get; private set; }

    public ReviewStatus Status { get; private set; } = ReviewStatus.InProgress;

    /// <summary>The review is conducted jointly with the department.</summary>
    public bool JointWithDepartment { get; private set; }

    /// <summary>Why the review was last returned (by the approver or the department).</summary>
    public string? ReturnReason { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public IReadOnlyList<ReviewEvent> History => _history;

    public override bool IsOpen => ReviewWorkflow.IsOpen(Status);

    public bool IsCombined => FollowUp.IsCombined();

    /// <summary>
    /// The delegate assigns the review of an incident whose follow-up calls for one. Alone, it moves the incident to
    /// "review in progress"; after a combined follow-up it runs beside the investigation. Its due date is the follow-up's.
    /// </summary>
    public static Result<Review> Open(Incident incident, Assignee manager, bool jointWithDepartment, Actor by, DateTimeOffset now)
    {
        if (incident.FollowUp?.ReviewFor() is not { } kind)
            return ReviewErrors.NoReviewFollowUp;
        if (!incident.CanOpenReview)
            return ReviewErrors.NotYetDetermined;
        var combined = incident.FollowUp!.Value.IsCombined();
        if (!combined)
        {
            var begun = incident.BeginReview(kind, by, now);
            if (begun.Failed)
                return begun.Error;
        }

        var review = new Review
        {
            IncidentId = incident.Id,
            OrganisationId = incident.OrganisationId,
            Kind = kind,
            FollowUp = incident.FollowUp!.Value,
            HeldUnderE1 = kind == ReviewKind.CaseReview && incident.Profile == PolicyProfile.E1,
            Manager = manager,
            JointWithDepartment = jointWithDepartment,
            DueAt = incident.FollowUpDueAt,
            DueRule = incident.FollowUpRule,
            CreatedAt = now,
            UpdatedAt = now,
        };
        review.Record("Assigned", ReviewStatus.InProgress, by, now, $"{manager.Describe()}{(jointWithDepartment ? "; joint review with the department" : "")}");
        return Result<Review>.Ok(review);
    }

    public Result Withdraw(Actor by, string? reason, DateTimeOffset now)
    {
        if (RequireReason(reason) is { } error)
            return error;
        return Move("Withdrawn", ReviewStatus.Withdrawn, by, now, reason!.Trim());
    }

    private static Error? RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? ReviewErrors.ReasonRequired
        : reason.Trim().Length > ReviewEvent.ReasonMaxLength ? ReviewErrors.ReasonTooLong
        : null;

    private Result Move(string what, ReviewStatus to, Actor by, DateTimeOffset now, string? reason)
    {
        if (!ReviewWorkflow.CanMove(Status, to))
            return ReviewErrors.WrongStatus(Status, to);
        Record(what, to, by, now, reason);
        return Result.Ok();
    }

    private void Record(string what, ReviewStatus to, Actor by, DateTimeOffset now, string? reason)
    {
        _history.Add(new ReviewEvent(what, Status, to, by.UserId, by.Name, now, reason));
        Status = to;
        Touch(now);
    }

    protected override ClockErrors TimeErrors() => ClockErrors.Review;

    protected override Error? CheckReason(string? reason) => RequireReason(reason);

    protected override Error NotOpen() => ReviewErrors.WrongStatus(Status, Status);

    protected override Error SameAssignee() => ReviewErrors.SameAssignee;

    protected override void RecordStep(string what, Actor by, DateTimeOffset now, string reason) => Record(what, Status, by, now, reason);
}
