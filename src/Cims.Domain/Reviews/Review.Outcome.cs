using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Reviews;

public sealed partial class Review
{
    public bool CanApprove => Status == ReviewStatus.OutcomeAwaitingApproval;

    public bool CanReviewOutcome => Status == ReviewStatus.OutcomeSubmitted;

    /// <summary>The manager submits the review for the CEO or senior delegate's approval, once its report and plan are complete.</summary>
    public Result Submit(Incident incident, Actor by, DateTimeOffset now)
    {
        if (Status == ReviewStatus.InProgress && Missing is { } missing)
            return missing;
        var moved = MoveWithIncident(incident, "Submitted for approval", ReviewStatus.OutcomeAwaitingApproval,
            () => IsCombined ? Result.Ok() : incident.AwaitReviewApproval(Kind, by, now), by, now, null);
        if (!moved.Failed)
            ReturnReason = null;
        return moved;
    }

    /// <summary>The CEO or senior delegate returns the review to the manager with a reason.</summary>
    public Result Return(Incident incident, Actor by, string? reason, DateTimeOffset now)
    {
        if (RequireReason(reason) is { } error)
            return error;
        if (Status != ReviewStatus.OutcomeAwaitingApproval)
            return ReviewErrors.WrongStatus(Status, ReviewStatus.InProgress);
        var moved = MoveWithIncident(incident, "Returned", ReviewStatus.InProgress,
            () => IsCombined ? Result.Ok() : incident.ResumeReview(by, $"{Kind.Display()} returned: {reason!.Trim()}", now), by, now, reason!.Trim());
        if (!moved.Failed)
            ReturnReason = reason.Trim();
        return moved;
    }

    /// <summary>
    /// The CEO or senior delegate approves the review. Under E1 an approved case review stays in the organisation's
    /// register (the department can ask for it) and its follow-up is done; otherwise it is submitted to the department.
    /// <paramref name="investigationDone"/>: after a combined follow-up, whether the department has accepted the investigation's outcome.
    /// </summary>
    public Result Approve(Incident incident, Actor by, bool investigationDone, DateTimeOffset now)
    {
        var held = HeldUnderE1;
        var moved = held
            ? MoveWithIncident(incident, "Approved and kept in the organisation's register (E1)", ReviewStatus.HeldByOrganisation,
                () => !IsCombined || investigationDone ? incident.Close(by, "Case review approved and kept in the organisation's register (E1)", now) : Result.Ok(), by, now, null)
            : MoveWithIncident(incident, "Approved and submitted to the department", ReviewStatus.OutcomeSubmitted,
                () => IsCombined ? Result.Ok() : incident.SubmitReviewOutcome(Kind, by, now), by, now, null);
        if (moved.Failed)
            return moved;
        ApprovedAt = now;
        ApprovedBy = by.Name;
        ReturnReason = null;
        return moved;
    }

    /// <summary>The department accepts the review; the incident closes unless its investigation (combined follow-up) is still open.</summary>
    public Result Accept(Incident incident, Actor by, bool investigationDone, DateTimeOffset now) =>
        MoveWithIncident(incident, "Accepted by the department", ReviewStatus.Accepted,
            () => !IsCombined || investigationDone ? incident.Close(by, $"{Kind.Display()} accepted by the department", now) : Result.Ok(), by, now, null);

    /// <summary>The department returns the review for more work, with a reason and a new due date.</summary>
    public Result SendBack(Incident incident, Actor by, string? reason, Deadline due, DateTimeOffset now)
    {
        if (RequireReason(reason) is { } error)
            return error;
        if (due.DueAt <= now)
            return ReviewErrors.NewDueDateInPast;
        if (Status != ReviewStatus.OutcomeSubmitted)
            return ReviewErrors.WrongStatus(Status, ReviewStatus.InProgress);
        var moved = MoveWithIncident(incident, "Returned by the department for more work", ReviewStatus.InProgress,
            () => IsCombined ? Result.Ok() : incident.ResumeReview(by, $"Department returned the {Kind.Noun()}: {reason!.Trim()}", now),
            by, now, $"{reason!.Trim()} New due date: {due.Rule}");
        if (moved.Failed)
            return moved;
        ReturnReason = reason.Trim();
        DueAt = due.DueAt;
        DueRule = due.Rule;
        return moved;
    }

    /// <summary>Moves the review and (when it is the incident's only follow-up) its incident together: the review's rule first, then the incident's.</summary>
    private Result MoveWithIncident(Incident incident, string what, ReviewStatus to, Func<Result> incidentMove, Actor by, DateTimeOffset now, string? reason)
    {
        if (incident.Id != IncidentId)
            throw new ArgumentException("A review moves with its own incident.", nameof(incident));
        if (!ReviewWorkflow.CanMove(Status, to))
            return ReviewErrors.WrongStatus(Status, to);
        var incidentMoved = incidentMove();
        return incidentMoved.Failed ? incidentMoved : Move(what, to, by, now, reason);
    }
}
