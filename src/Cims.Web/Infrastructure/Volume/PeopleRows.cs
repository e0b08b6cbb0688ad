using Cims.Domain.Incidents;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>The clients, the other people (subjects of allegation, witnesses) and the status history of each incident.</summary>
public static class PeopleRows
{
    public static VolumeTable Clients(IModel model) => VolumeTable.For(model, typeof(Incident), nameof(Incident.Clients),
        "Id", "IncidentId", "Position", "IdentifierType", "Identifier", "Surname", "GivenName", "DateOfBirth", "Sex", "IndigenousStatus",
        "Address.Street", "Address.Suburb", "Address.State", "Address.Postcode", "Impact", "Allegations");

    public static VolumeTable Others(IModel model) => VolumeTable.For(model, typeof(Incident), nameof(Incident.Others),
        "Id", "IncidentId", "Position", "Role", "AllegationRole", "Name", "RelationshipToClient", "StaffPosition");

    public static VolumeTable History(IModel model) => VolumeTable.For(model, typeof(Incident), nameof(Incident.History),
        "Id", "IncidentId", "From", "To", "ByUserId", "ByName", "At", "Reason");

    public static IEnumerable<object?[]> ClientRows(IncidentPlanner planner, int firstId)
    {
        var id = firstId;
        for (var i = 0; i < planner.Count; i++)
        {
            var p = planner.Plan(i);
            for (var c = 0; c < p.ClientKeys.Length; c++)
            {
                var client = SyntheticClient.For(planner.Seed, p.ClientKeys[c], planner.Today);
                yield return
                [
                    id++, p.Id, c + 1, client.IdentifierType, client.Identifier, client.Surname, client.GivenName, client.DateOfBirth, client.Sex,
                    client.IndigenousStatus, client.Street, client.Suburb, "VIC", client.Postcode, p.Impact,
                    p.Subjects.Length == 0 ? null : $"Allegation 1 – {p.Type.Name.ToLowerInvariant()}",
                ];
            }
        }
    }

    public static IEnumerable<object?[]> OtherRows(IncidentPlanner planner, int firstId)
    {
        var id = firstId;
        for (var i = 0; i < planner.Count; i++)
        {
            var p = planner.Plan(i);
            var random = VolumeRandom.For(planner.Seed, 5, p.Id);
            var position = 1;
            foreach (var role in p.Subjects)
            {
                yield return
                [
                    id++, p.Id, position, OtherPersonRole.SubjectOfAllegation, role, SubjectName(planner, p, position - 1),
                    role switch { SubjectOfAllegationRole.Carer => "Foster carer", SubjectOfAllegationRole.Other => "Family member", _ => null },
                    role == SubjectOfAllegationRole.Staff ? random.Pick(SyntheticText.JobTitles) : null,
                ];
                position++;
            }

            if (p.Witness)
                yield return [id++, p.Id, position, OtherPersonRole.Witness, null, SyntheticText.Name(ref random), null, random.Pick(SyntheticText.JobTitles)];
        }
    }

    /// <summary>A client subject is another client of the organisation (so they too appear as people again).</summary>
    public static string SubjectName(IncidentPlanner planner, IncidentPlan p, int subject)
    {
        var random = VolumeRandom.For(planner.Seed, 6, (p.Id * 4L) + subject);
        return p.Subjects[subject] switch
        {
            SubjectOfAllegationRole.Client => SyntheticClient.For(planner.Seed, p.ClientKeys[0] + 7919 + random.Next(1000), planner.Today).FullName,
            SubjectOfAllegationRole.Unknown => "Unknown",
            _ => SyntheticText.Name(ref random),
        };
    }

    public static IEnumerable<object?[]> HistoryRows(IncidentPlanner planner, int firstId)
    {
        var id = firstId;
        for (var i = 0; i < planner.Count; i++)
        {
            var p = planner.Plan(i);
            var from = IncidentStatus.Draft;
            foreach (var step in p.Steps)
            {
                var (userId, name) = step.Status is IncidentStatus.AwaitingEndorsement
                    ? (p.Organisation.ReporterUserId, p.Organisation.ReporterName)
                    : (VolumeUsers.DelegateId, VolumeUsers.DelegateName);
                yield return [id++, p.Id, from, step.Status, userId, name, step.At, step.Status == IncidentStatus.ReturnedToReporter ? "Please add the police reference." : null];
                from = step.Status;
            }
        }
    }
}

/// <summary>Who the synthetic moves are recorded against, beside each organisation's reporter.</summary>
public static class VolumeUsers
{
    public const string DelegateId = "synthetic-volume";
    public const string DelegateName = "Synthetic delegate";
    public const string ManagerName = "Synthetic investigation manager";
}
