using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>
/// Investigations of the incidents whose follow-up includes one, once assigned: the plan, allegations (each client with
/// each subject) with findings once the outcome is written (about 35% substantiated), and recommendations.
/// </summary>
public static class InvestigationRows
{
    public static VolumeTable Table(IModel model) => VolumeTable.For(model, typeof(Investigation), null,
        "Id", "IncidentId", "OrganisationId", "Status", "Manager.UserId", "Manager.Name", "Manager.Email", "Manager.ResponsibleUserId",
        "Manager.ResponsibleName", "DueAt", "DueRule", "Plan.ManagerPosition", "Plan.ManagerTelephone", "Plan.PeriodStart", "Plan.PeriodEnd",
        "Plan.IncidentDetails", "Plan.Methodology", "PlanEndorsedAt", "PlanEndorsedBy", "CreatedAt", "UpdatedAt", "Version",
        "ContributingFactors", "FollowUp", "Outcome.OrganisationResponse", "Outcome.ReviewRationale", "Outcome.CommunicationStrategy",
        "Outcome.ResponsePlan", "OutcomeApprovedAt", "OutcomeApprovedBy");

    public static VolumeTable Allegations(IModel model) => VolumeTable.For(model, typeof(Investigation), nameof(Investigation.Allegations),
        "Id", "InvestigationId", "Number", "ClientName", "SubjectName", "IncidentType", "Details", "Finding", "FindingReasons");

    public static VolumeTable Recommendations(IModel model) => VolumeTable.For(model, typeof(Investigation), nameof(Investigation.Recommendations),
        "Id", "InvestigationId", "Number", "Text", "Owner", "DueOn", "Status", "StatusNote", "UpdatedAt");

    /// <summary>Each investigated incident's plan with its investigation's id, in id order.</summary>
    public static IEnumerable<(IncidentPlan Plan, int Id, InvestigationStatus Status)> Investigated(IncidentPlanner planner, int firstId)
    {
        var id = firstId;
        for (var i = 0; i < planner.Count; i++)
        {
            var p = planner.Plan(i);
            if (p.InvestigationStatus is { } status)
                yield return (p, id++, status);
        }
    }

    public static IEnumerable<object?[]> Rows(IncidentPlanner planner, int firstId)
    {
        foreach (var (p, id, status) in Investigated(planner, firstId))
        {
            var assigned = p.InvestigationAssignedAt!.Value;
            var endorsed = p.At(IncidentStatus.InvestigationInProgress, PlanPhase.Investigation);
            var approved = p.At(IncidentStatus.OutcomeSubmitted, PlanPhase.Investigation);
            var written = status >= InvestigationStatus.OutcomeAwaitingApproval && status != InvestigationStatus.Withdrawn;
            var combined = p.FollowUp!.Value != FollowUpAction.Investigation;
            yield return
            [
                id, p.Id, p.Organisation.Id, status, p.Organisation.ReporterUserId, VolumeUsers.ManagerName, null, p.Organisation.ReporterUserId,
                p.Organisation.ReporterName, p.FollowUpDeterminedAt!.Value.AddDays(IncidentRows.FollowUpDays(p.FollowUp)), p.FollowUp.Value.Display(),
                "Quality and safety manager", "0355501234", DateOnly.FromDateTime(assigned.UtcDateTime), DateOnly.FromDateTime(assigned.UtcDateTime).AddDays(60),
                "As reported in the incident report.", "Interviews with the client, the subject of allegation and witnesses; records reviewed.",
                endorsed, endorsed is null ? null : VolumeUsers.DelegateName, assigned, p.UpdatedAt, Guid.NewGuid(),
                written ? new List<string> { "SUPERVISION", "COMMUNICATION" } : new List<string>(), p.FollowUp,
                written && !combined ? "The organisation accepts the findings and has put the recommendations in place." : null,
                written && combined ? "The findings show problems across the service that a review should examine." : null,
                written && combined ? "The client and family are told of the outcome by the case manager." : null,
                written && combined ? "Supervision and rostering are reviewed while the review runs." : null,
                approved, approved is null ? null : VolumeUsers.DelegateName,
            ];
        }
    }

    public static IEnumerable<object?[]> AllegationRows(IncidentPlanner planner, int firstInvestigationId, int firstId)
    {
        var id = firstId;
        foreach (var (p, investigationId, status) in Investigated(planner, firstInvestigationId))
        {
            if (status is InvestigationStatus.PlanInPreparation or InvestigationStatus.PlanAwaitingEndorsement)
                continue;
            var random = VolumeRandom.For(planner.Seed, 7, p.Id);
            var found = status != InvestigationStatus.InProgress || random.Chance(0.4);
            var number = 1;
            foreach (var key in p.ClientKeys.Take(2))
            {
                var client = SyntheticClient.For(planner.Seed, key, planner.Today).FullName;
                for (var s = 0; s < Math.Max(1, p.Subjects.Length); s++)
                {
                    var subject = p.Subjects.Length == 0 ? "Not identified" : PeopleRows.SubjectName(planner, p, s);
                    var finding = Finding(ref random);
                    yield return
                    [
                        id++, investigationId, number++, client, subject, p.Type.Name, null, found ? finding : null,
                        found ? "On the balance of probabilities, weighing the interviews and the records." : null,
                    ];
                }
            }
        }
    }

    private static AllegationFinding Finding(ref VolumeRandom random) => random.NextDouble() switch
    {
        < 0.35 => AllegationFinding.Substantiated,
        < 0.8 => AllegationFinding.NotSubstantiated,
        _ => AllegationFinding.UnableToDetermine,
    };

    public static IEnumerable<object?[]> RecommendationRows(IncidentPlanner planner, int firstInvestigationId, int firstId)
    {
        var id = firstId;
        foreach (var (p, investigationId, status) in Investigated(planner, firstInvestigationId))
        {
            if (status is < InvestigationStatus.OutcomeAwaitingApproval or InvestigationStatus.Withdrawn)
                continue;
            var random = VolumeRandom.For(planner.Seed, 8, p.Id);
            var written = p.At(IncidentStatus.OutcomePendingApproval, PlanPhase.Investigation)!.Value;
            foreach (var row in ActionRows.For(investigationId, written, planner.Today, ref random))
                yield return [id++, .. row];
        }
    }
}
