using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

/// <summary>
/// The investigation of an incident whose follow-up includes one (stage 3): who investigates, the plan and its
/// endorsement, the due date. Every status move goes through <see cref="Move"/> and is recorded in
/// <see cref="History"/>; steps that keep the status (a reassignment) are recorded too.
/// </summary>
public sealed partial class Investigation : ClockedWork
{
    private readonly List<InvestigationEvent> _history = [];

    private Investigation()
    {
    }

    public InvestigationStatus Status { get; private set; } = InvestigationStatus.PlanInPreparation;

    public InvestigationPlan Plan { get; private set; } = InvestigationPlan.Empty;

    /// <summary>Why the plan was last returned; cleared when it is submitted again.</summary>
    public string? ReturnReason { get; private set; }

    public DateTimeOffset? PlanEndorsedAt { get; private set; }

    public string? PlanEndorsedBy { get; private set; }

    public IReadOnlyList<InvestigationEvent> History => _history;

    /// <summary>
    /// The delegate assigns the investigation of an incident whose follow-up includes one. Its due date is the
    /// incident's follow-up due date.
    /// </summary>
    public static Result<Investigation> Open(Incident incident, Assignee manager, Actor by, DateTimeOffset now)
    {
        if (incident.Status != IncidentStatus.FollowUpDetermined || incident.FollowUp?.IncludesInvestigation() != true)
            return InvestigationErrors.NoInvestigationFollowUp;
        var investigation = new Investigation
        {
            IncidentId = incident.Id,
            OrganisationId = incident.OrganisationId,
            Manager = manager,
            DueAt = incident.FollowUpDueAt,
            DueRule = incident.FollowUpRule,
            FollowUp = incident.FollowUp!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        investigation.Record("Assigned", InvestigationStatus.PlanInPreparation, by, now, manager.Describe());
        return Result<Investigation>.Ok(investigation);
    }

    public override bool IsOpen => InvestigationWorkflow.IsOpen(Status);

    public Result Withdraw(Actor by, string? reason, DateTimeOffset now)
    {
        if (RequireReason(reason) is { } error)
            return error;
        return Move("Withdrawn", InvestigationStatus.Withdrawn, by, now, reason!.Trim());
    }

    private static Error? RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? InvestigationErrors.ReasonRequired
        : reason.Trim().Length > InvestigationEvent.ReasonMaxLength ? InvestigationErrors.ReasonTooLong
        : null;

    private Result Move(string what, InvestigationStatus to, Actor by, DateTimeOffset now, string? reason)
    {
        if (!InvestigationWorkflow.CanMove(Status, to))
            return InvestigationErrors.WrongStatus(Status, to);
        Record(what, to, by, now, reason);
        return Result.Ok();
    }

    private void Record(string what, InvestigationStatus to, Actor by, DateTimeOffset now, string? reason)
    {
        _history.Add(new InvestigationEvent(what, Status, to, by.UserId, by.Name, now, reason));
        Status = to;
        Touch(now);
    }

    protected override ClockErrors TimeErrors() => ClockErrors.Investigation;

    protected override Error? CheckReason(string? reason) => RequireReason(reason);

    protected override Error NotOpen() => InvestigationErrors.WrongStatus(Status, Status);

    protected override Error SameAssignee() => InvestigationErrors.SameAssignee;

    protected override void RecordStep(string what, Actor by, DateTimeOffset now, string reason) => Record(what, Status, by, now, reason);
}
