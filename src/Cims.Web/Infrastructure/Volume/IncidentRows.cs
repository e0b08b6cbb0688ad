using Cims.Domain.Incidents;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>The Incidents table: one row per planned incident, with every section a submitted report has.</summary>
public static class IncidentRows
{
    private static readonly List<string> TakenMajor = ["SAFETY", "MEDICAL", "POLICE", "KEYPERSON"];
    private static readonly List<string> TakenNonMajor = ["SAFETY", "KEYPERSON"];

    public static VolumeTable Table(IModel model) => VolumeTable.For(model, typeof(Incident), null,
        "Id", "Number", "OrganisationId", "IsSandbox", "ReporterUserId", "Status", "Profile", "CreatedAt", "UpdatedAt", "Version", "DuringServiceDelivery",
        "Service.AreaId", "Service.ProgramId", "Service.ServiceTypeId", "Service.ServiceAddress.Street", "Service.ServiceAddress.Suburb",
        "Service.ServiceAddress.State", "Service.ServiceAddress.Postcode", "Service.ManualAddress",
        "Officer.Surname", "Officer.GivenName", "Officer.JobTitle", "Officer.Telephone", "Officer.Email", "Officer.LineManagerName",
        "Dates.OccurredOn", "Dates.DateAccuracy", "Dates.OccurredAtTime", "Dates.TimeAccuracy", "Dates.AwareAt",
        "Details.Location", "Details.Description", "Details.Impact", "Details.PrimaryTypeId", "Details.SecondaryTypeId",
        "Actions.Taken", "Actions.PoliceNotifiedAt", "Actions.PoliceReference", "DeclaredAt", "DueAt", "DueRule", "EndorsedAt",
        "SubmittedAt", "ReturnReason", "FollowUp", "FollowUpDueAt", "FollowUpRule");

    public static IEnumerable<object?[]> Rows(IncidentPlanner planner)
    {
        for (var i = 0; i < planner.Count; i++)
        {
            var p = planner.Plan(i);
            var random = VolumeRandom.For(planner.Seed, 4, p.Id);
            var place = SyntheticText.Places[p.Place];
            var (officerGiven, officerSurname) = (random.Pick(SyntheticText.GivenNames), random.Pick(SyntheticText.Surnames));
            var major = p.Impact == ImpactLevel.Major;
            var police = major && random.Chance(0.6);
            var determined = p.FollowUpDeterminedAt;
            yield return
            [
                p.Id, p.Number, p.Organisation.Id, false, p.Organisation.ReporterUserId, p.Status, p.Profile, p.CreatedAt, p.UpdatedAt, Guid.NewGuid(), true,
                p.AreaId, p.Service.ProgramId, p.Service.ServiceTypeId, $"{1 + random.Next(300)} {random.Pick(SyntheticText.Streets)}", place.Suburb,
                "VIC", place.Postcode, false,
                officerSurname, officerGiven, random.Pick(SyntheticText.JobTitles), $"03555{random.Next(10000, 99999)}",
                $"{officerGiven.ToLowerInvariant()}.{officerSurname.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)}@synthetic-volume.example",
                SyntheticText.Name(ref random),
                p.OccurredOn, random.Chance(0.85) ? "EXACT" : "ESTIMATE", p.OccurredAt, random.Chance(0.7) ? "EXACT" : "ESTIMATE", p.AwareAt,
                random.Pick(SyntheticText.Locations), random.Pick(SyntheticText.Descriptions), p.Impact, p.Type.Id, p.SecondaryTypeId,
                major ? TakenMajor : TakenNonMajor, police ? p.AwareAt.AddMinutes(40) : null, police ? $"VP{p.Id:D8}" : null,
                p.DeclaredAt, p.DueAt, IncidentTimeline.DueRule(p.Profile, p.Impact), p.EndorsedAt,
                p.SubmittedAt, p.WasReturned ? "Please add the police reference and the time the service became aware." : null,
                determined is null ? null : p.FollowUp, determined?.AddDays(FollowUpDays(p.FollowUp)), determined is null ? null : p.FollowUp?.Display(),
            ];
        }
    }

    /// <summary>About how long each follow-up has (T6–T10), in calendar days.</summary>
    public static int FollowUpDays(FollowUpAction? action) => action switch
    {
        FollowUpAction.Investigation => 84,
        FollowUpAction.CaseReview => 42,
        FollowUpAction.NoFurtherAction => 5,
        _ => 120,
    };
}
