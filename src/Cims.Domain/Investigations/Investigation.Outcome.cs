using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

public sealed partial class Investigation
{
    /// <summary>The incident's follow-up when the investigation was opened: it decides the outcome report's template.</summary>
    public FollowUpAction FollowUp { get; private set; }

    public InvestigationOutcome Outcome { get; private set; } = InvestigationOutcome.Empty;

    public DateTimeOffset? OutcomeApprovedAt { get; private set; }

    public string? OutcomeApprovedBy { get; private set; }

    public bool CanApproveOutcome => Status == InvestigationStatus.OutcomeAwaitingApproval;

    public bool CanReviewOutcome => Status == InvestigationStatus.OutcomeSubmitted;

    public Result SaveOutcome(InvestigationOutcome outcome, DateTimeOffset now) => Work(now, () =>
    {
        Outcome = outcome;
        return Result.Ok();
    });

    /// <summary>The manager submits the outcome for approval: every allegation has a finding and the template's sections are filled in.</summary>
    public Result SubmitOutcome(Incident incident, Actor by, DateTimeOffset now)
    {
        if (Status == InvestigationStatus.InProgress && (_allegations.Count == 0 || _allegations.Any(a => a.Finding is null)))
            return InvestigationErrors.FindingsMissing;
        if (Status == InvestigationStatus.InProgress && !Outcome.IsCompleteFor(FollowUp))
            return InvestigationErrors.OutcomeIncomplete;
        return MoveWithIncident(incident, "Outcome submitted for approval", InvestigationStatus.OutcomeAwaitingApproval, () => incident.AwaitOutcomeApproval(by, now), by, now, null);
    }

    /// <summary>The CEO or senior delegate returns the outcome to the manager with a reason.</summary>
    public Result ReturnOutcome(Incident incident, Actor by, string? reason, DateTimeOffset now)
    {
        if (RequireReason(reason) is { } error)
            return error;
        if (Status != InvestigationStatus.OutcomeAwaitingApproval)
            return InvestigationErrors.WrongStatus(Status, InvestigationStatus.InProgress);
        var moved = MoveWithIncident(incident, "Outcome returned", InvestigationStatus.InProgress, () => incident.ResumeInvestigation(by, $"Outcome returned: {reason!.Trim()}", now), by, now, reason!.Trim());
        if (!moved.Failed)
            ReturnReason = reason.Trim();
        return moved;
    }

    /// <summary>The CEO or senior delegate approves the outcome, which submits it to the department.</summary>
    public Result ApproveOutcome(Incident incident, Actor by, DateTimeOffset now)
    {
        var moved = MoveWithIncident(incident, "Outcome approved and submitted to the department", InvestigationStatus.OutcomeSubmitted, () => incident.SubmitOutcome(by, now), by, now, null);
        if (moved.Failed)
            return moved;
        OutcomeApprovedAt = now;
        OutcomeApprovedBy = by.Name;
        ReturnReason = null;
        return moved;
    }

    /// <summary>
    /// The department accepts the outcome. After an investigation the incident closes; after a combined follow-up it
    /// closes only when its case review or RCA review is done too (<paramref name="reviewDone"/>), else it stays where it is.
    /// </summary>
    public Result AcceptOutcome(Incident incident, Actor by, DateTimeOffset now, bool reviewDone = false) =>
        MoveWithIncident(incident, "Outcome accepted by the department", InvestigationStatus.Accepted,
            () => FollowUp == FollowUpAction.Investigation || reviewDone ? incident.Close(by, "Investigation outcome accepted by the department", now) : Result.Ok(), by, now, null);

    /// <summary>The department returns the outcome for more work, with a reason and a new due date.</summary>
    public Result SendBack(Incident incident, Actor by, string? reason, Deadline due, DateTimeOffset now)
    {
        if (RequireReason(reason) is { } error)
            return error;
        if (due.DueAt <= now)
            return InvestigationErrors.NewDueDateInPast;
        if (Status != InvestigationStatus.OutcomeSubmitted)
            return InvestigationErrors.WrongStatus(Status, InvestigationStatus.InProgress);
        var moved = MoveWithIncident(incident, "Returned by the department for more work", InvestigationStatus.InProgress,
            () => incident.ResumeInvestigation(by, $"Department returned the outcome: {reason!.Trim()}", now), by, now, $"{reason!.Trim()} New due date: {due.Rule}");
        if (moved.Failed)
            return moved;
        ReturnReason = reason.Trim();
        DueAt = due.DueAt;
        DueRule = due.Rule;
        return moved;
    }

    /// <summary>Moves the investigation and its incident together: the investigation's rule first, then the incident's, then both are recorded.</summary>
    private Result MoveWithIncident(Incident incident, string what, InvestigationStatus to, Func<Result> incidentMove, Actor by, DateTimeOffset now, string? reason)
    {
        if (incident.Id != IncidentId)
            throw new ArgumentException("An investigation moves with its own incident.", nameof(incident));
        if (!InvestigationWorkflow.CanMove(Status, to))
            return InvestigationErrors.WrongStatus(Status, to);
        var incidentMoved = incidentMove();
        return incidentMoved.Failed ? incidentMoved : Move(what, to, by, now, reason);
    }
}
