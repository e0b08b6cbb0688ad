using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>The phase of the incident's life a status move belongs to.</summary>
public enum PlanPhase : byte
{
    Report,
    Investigation,
    Review,
    Closure,
}

/// <summary>One status move: the incident entered <see cref="Status"/> at <see cref="At"/>.</summary>
public readonly record struct PlanStep(IncidentStatus Status, DateTimeOffset At, PlanPhase Phase);

/// <summary>
/// Everything about one synthetic incident that more than one table needs, recomputed from (seed, index) by each
/// table's pass rather than kept in memory.
/// </summary>
public sealed class IncidentPlan
{
    public required int Id { get; init; }

    public required VolumeOrganisation Organisation { get; init; }

    public required int AreaId { get; init; }

    public required (int ServiceTypeId, int ProgramId) Service { get; init; }

    public required int Place { get; init; }

    public required DateOnly OccurredOn { get; init; }

    public required TimeOnly OccurredAt { get; init; }

    public required DateTimeOffset AwareAt { get; init; }

    public required PolicyProfile Profile { get; init; }

    public required ImpactLevel Impact { get; init; }

    public required VolumeType Type { get; init; }

    public required int? SecondaryTypeId { get; init; }

    public required int[] ClientKeys { get; init; }

    public required SubjectOfAllegationRole[] Subjects { get; init; }

    public required bool Witness { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public required FollowUpAction? FollowUp { get; init; }

    /// <summary>The moves reached by now, in order (empty for a draft).</summary>
    public required IReadOnlyList<PlanStep> Steps { get; init; }

    public required DateTimeOffset? InvestigationAssignedAt { get; init; }

    public IncidentStatus Status => Steps.Count == 0 ? IncidentStatus.Draft : Steps[^1].Status;

    public DateTimeOffset CreatedAt => AwareAt.AddMinutes(20);

    public DateTimeOffset UpdatedAt => Steps.Count == 0 ? CreatedAt.AddMinutes(35) : Steps[^1].At;

    public DateTimeOffset? DeclaredAt => Steps.Count == 0 ? null : Steps[0].At;

    public DateTimeOffset? SubmittedAt => At(IncidentStatus.SubmittedToDepartment);

    public DateTimeOffset? EndorsedAt => At(IncidentStatus.NonMajorRecorded) ?? SubmittedAt;

    public DateTimeOffset? FollowUpDeterminedAt => At(IncidentStatus.FollowUpDetermined);

    public bool WasReturned => At(IncidentStatus.ReturnedToReporter) is not null;

    public string? Number => SubmittedAt is { } at ? Features.Incidents.IncidentNumbers.Format(Id, at) : null;

    public DateTimeOffset? At(IncidentStatus status)
    {
        foreach (var step in Steps)
        {
            if (step.Status == status)
                return step.At;
        }

        return null;
    }

    public DateTimeOffset? At(IncidentStatus status, PlanPhase phase)
    {
        foreach (var step in Steps)
        {
            if (step.Status == status && step.Phase == phase)
                return step.At;
        }

        return null;
    }

    public bool Reached(PlanPhase phase) => Steps.Any(s => s.Phase >= phase);

    public InvestigationStatus? InvestigationStatus => PlanStatuses.Investigation(this);

    public ReviewStatus? ReviewStatus => PlanStatuses.Review(this);
}
