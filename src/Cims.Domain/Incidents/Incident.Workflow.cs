using Cims.Domain.Common;

namespace Cims.Domain.Incidents;

public sealed partial class Incident
{
    /// <summary>When the report is due at the department, and the rule that set it.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public string? DueRule { get; private set; }

    public DateTimeOffset? EndorsedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ReturnReason { get; private set; }

    public FollowUpAction? FollowUp { get; private set; }

    public DateTimeOffset? FollowUpDueAt { get; private set; }

    public string? FollowUpRule { get; private set; }

    public bool CanSubmitForEndorsement => IsComplete && IncidentWorkflow.CanMove(Status, IncidentStatus.AwaitingEndorsement);

    public bool CanEndorse => Status == IncidentStatus.AwaitingEndorsement;

    public bool CanScreen => Status == IncidentStatus.DepartmentReview;

    public void SetDeadline(Deadline deadline)
    {
        DueAt = deadline.DueAt;
        DueRule = deadline.Rule;
    }

    public Result SubmitForEndorsement(Actor by, DateTimeOffset now)
    {
        if (DuringServiceDelivery == false)
            return IncidentErrors.NotDuringServiceDelivery;
        if (!IsComplete)
            return IncidentErrors.Incomplete;
        var result = Move(IncidentStatus.AwaitingEndorsement, by, now, null);
        if (!result.Failed)
            ReturnReason = null;
        return result;
    }

    public Result ReturnToReporter(Actor by, string? reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return IncidentErrors.ReasonRequired;
        var result = Move(IncidentStatus.ReturnedToReporter, by, now, reason.Trim());
        if (!result.Failed)
            ReturnReason = reason.Trim();
        return result;
    }

    /// <summary>
    /// The delegate endorses the report. Under E1 a non-major incident waits for the monthly batch;
    /// everything else goes to the department now.
    /// </summary>
    public Result Endorse(Actor by, DateTimeOffset now)
    {
        var target = Profile == PolicyProfile.E1 && Impact == ImpactLevel.NonMajor
            ? IncidentStatus.NonMajorRecorded
            : IncidentStatus.SubmittedToDepartment;
        var result = Move(target, by, now, RecommendationText);
        if (result.Failed)
            return result;
        EndorsedAt = now;
        if (target == IncidentStatus.SubmittedToDepartment)
            SubmittedAt = now;
        return result;
    }

    public Result SubmitInMonthlyBatch(Actor by, DateTimeOffset now)
    {
        var result = Move(IncidentStatus.SubmittedToDepartment, by, now, "Monthly batch of non-major incidents");
        if (!result.Failed)
            SubmittedAt = now;
        return result;
    }

    /// <summary>Gives the incident its number once; later calls keep the first.</summary>
    public void AssignNumber(string number) => Number ??= number;

    public Result StartScreening(Actor by, DateTimeOffset now) => Move(IncidentStatus.DepartmentReview, by, now, null);

    public Result DetermineFollowUp(FollowUpAction action, Deadline? due, Actor by, string? note, DateTimeOffset now)
    {
        var reason = $"{action.Display()}{(string.IsNullOrWhiteSpace(note) ? "" : $": {note.Trim()}")}";
        var result = Move(IncidentStatus.FollowUpDetermined, by, now, RecommendationText is { } recommended ? $"{reason}. {recommended}" : reason);
        if (result.Failed)
            return result;
        FollowUp = action;
        FollowUpDueAt = due?.DueAt;
        FollowUpRule = due?.Rule;
        return result;
    }

    /// <summary>
    /// Where the report goes once the department has it: under E1 a major-impact incident goes to department
    /// screening; under E2 and E3 its follow-up is determined by rule at once, unless the delegate recommended another
    /// (then the department screens it too); a non-major incident needs no follow-up.
    /// </summary>
    public DepartmentRoute DepartmentRoute => Impact != ImpactLevel.Major ? DepartmentRoute.None
        : Profile == PolicyProfile.E1 || RecommendedFollowUp is not null ? DepartmentRoute.Screening
        : DepartmentRoute.FollowUpByRule;

    /// <summary>
    /// Takes the <see cref="DepartmentRoute"/> of a report the department has just received.
    /// <paramref name="byRule"/> is the follow-up for <see cref="DepartmentRoute.FollowUpByRule"/> and is required for it only.
    /// </summary>
    public Result RouteAtDepartment(Actor by, RuleFollowUp? byRule, DateTimeOffset now)
    {
        if (Status != IncidentStatus.SubmittedToDepartment)
            return IncidentErrors.WrongStatus(Status, IncidentStatus.DepartmentReview);
        return DepartmentRoute switch
        {
            DepartmentRoute.Screening => StartScreening(by, now),
            DepartmentRoute.FollowUpByRule when byRule is null => throw new ArgumentNullException(nameof(byRule), "An E2 or E3 major incident needs its follow-up by rule."),
            DepartmentRoute.FollowUpByRule => DetermineFollowUp(byRule.Action, byRule.Due, by, byRule.Reason, now),
            _ => Result.Ok(),
        };
    }

    public Result Close(Actor by, string reason, DateTimeOffset now) => Move(IncidentStatus.Closed, by, now, reason);

    public Result Withdraw(Actor by, string? reason, DateTimeOffset now) =>
        string.IsNullOrWhiteSpace(reason) ? IncidentErrors.ReasonRequired : Move(IncidentStatus.Withdrawn, by, now, reason.Trim());

    public Result AddAddendum(AddendumKind kind, string? text, Actor by, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new Error("incident.addendum_required", "Enter the addendum.", "Text");
        if (text.Length > Addendum.TextMaxLength)
            return new Error("incident.addendum_length", $"The addendum must be {Addendum.TextMaxLength} characters or fewer.", "Text");
        _addendums.Add(new Addendum(kind, text.Trim(), by.UserId, by.Name, now));
        Touch(now);
        return Result.Ok();
    }

    private Result Move(IncidentStatus to, Actor by, DateTimeOffset now, string? reason)
    {
        if (!IncidentWorkflow.CanMove(Status, to))
            return IncidentErrors.WrongStatus(Status, to);
        _history.Add(new StatusChange(Status, to, by.UserId, by.Name, now, reason));
        Status = to;
        Touch(now);
        return Result.Ok();
    }
}
