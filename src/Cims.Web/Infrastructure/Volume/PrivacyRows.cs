using Cims.Domain.Privacy;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>
/// Privacy incident reports, one for every 25 client incidents, over the same eight years: most closed with an outcome,
/// recent ones submitted or under assessment, about one in twenty linked to a client incident; each with its people and activity.
/// </summary>
public static class PrivacyRows
{
    public const int IncidentsPerReport = 25;

    public static int Count(int incidents) => Math.Max(1, incidents / IncidentsPerReport);

    public static VolumeTable Table(IModel model) => VolumeTable.For(model, typeof(PrivacyReport), null,
        "Id", "Token", "Status", "ReportNumber", "CreatedAt", "UpdatedAt", "ExpiresAt", "Version", "Service.OrganisationId",
        "Service.ServiceAddress.Street", "Service.ServiceAddress.Suburb", "Service.ServiceAddress.State", "Service.ServiceAddress.Postcode",
        "Service.ManualAddress", "Service.AreaId", "Service.ProgramId", "Service.ServiceTypeId", "Officer.Surname", "Officer.GivenName",
        "Officer.JobTitle", "Officer.Telephone", "Officer.Email", "Officer.LineManagerName", "Dates.OccurredOn", "Dates.DateAccuracy",
        "Dates.OccurredAtTime", "Dates.TimeAccuracy", "Dates.DisclosedAt", "Description.Location", "Description.Description",
        "Containment.InformationDisclosed", "Containment.ActionsTaken", "Containment.Consultation", "Containment.DisclosureStatus",
        "Containment.FurtherRisk", "Containment.BreachOccurred", "SubmittedAt", "DueAt", "AssignedToUserId", "AssignedToName", "Outcome",
        "ClosureReason", "ClosedAt", "LinkedIncidentId");

    public static VolumeTable People(IModel model) => VolumeTable.For(model, typeof(PrivacyReport), nameof(PrivacyReport.People),
        "Id", "PrivacyReportId", "Position", "IdentifierType", "Identifier", "Surname", "GivenName", "Sex", "IndigenousStatus", "DateOfBirth",
        "Address.Street", "Address.Suburb", "Address.State", "Address.Postcode", "ManualAddress", "Relationship", "SafetyNeedsMet", "Principles");

    public static VolumeTable Activity(IModel model) => VolumeTable.For(model, typeof(PrivacyReport), nameof(PrivacyReport.Activity),
        "Id", "PrivacyReportId", "Kind", "Text", "ByUserId", "ByName", "At");

    /// <summary>One report's facts, from (seed, id) alone.</summary>
    private sealed record Plan(int Id, VolumeRandom Random, DateTimeOffset Disclosed, DateTimeOffset Submitted, PrivacyReportStatus Status, bool Breach);

    private static Plan For(IncidentPlanner planner, int id, DateTimeOffset now)
    {
        var random = VolumeRandom.For(planner.Seed, 10, id);
        var daysBack = (int)(IncidentPlanner.Years * 365.25 * Math.Pow(random.NextDouble(), 1.15));
        var disclosed = now.AddDays(-daysBack - 1).AddHours(-random.Next(24));
        var submitted = disclosed.AddHours(random.Chance(0.85) ? 2 + random.Next(20) : 30 + random.Next(100));
        if (submitted > now)
            submitted = now.AddMinutes(-5);
        var age = (now - submitted).TotalDays;
        var status = age < 5 ? PrivacyReportStatus.Submitted : age < 40 && random.Chance(0.5) ? PrivacyReportStatus.UnderAssessment : PrivacyReportStatus.Closed;
        return new Plan(id, random, disclosed, submitted, status, random.Chance(0.8));
    }

    public static IEnumerable<object?[]> Rows(IncidentPlanner planner, VolumeReference reference, int firstId, int firstIncidentId)
    {
        for (var n = 0; n < Count(planner.Count); n++)
        {
            var p = For(planner, firstId + n, reference.Now);
            var random = p.Random;
            var organisation = reference.Organisations[reference.PickOrganisation(ref random)];
            var service = random.Pick(organisation.Services);
            var place = random.Pick(SyntheticText.Places);
            var (given, surname) = (random.Pick(SyntheticText.GivenNames), random.Pick(SyntheticText.Surnames));
            var local = p.Disclosed.ToMelbourne();
            var closed = p.Status == PrivacyReportStatus.Closed ? p.Submitted.AddDays(2 + random.Next(20)) : (DateTimeOffset?)null;
            var assigned = p.Status != PrivacyReportStatus.Submitted;
            var outcome = !p.Breach ? PrivacyOutcomes.NoBreach : random.NextDouble() switch
            {
                < 0.7 => PrivacyOutcomes.BreachConfirmed,
                < 0.85 => PrivacyOutcomes.NearMiss,
                _ => PrivacyOutcomes.NotDetermined,
            };
            yield return
            [
                p.Id, $"{p.Id:D10}{random.NextULong():X16}{random.NextULong():X16}", p.Status,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PIR-{p.Submitted.ToMelbourne().Year}-{p.Id:D6}"),
                p.Submitted.AddMinutes(-40), closed ?? p.Submitted, p.Submitted.AddDays(7), Guid.NewGuid(), organisation.Id,
                $"{1 + random.Next(300)} {random.Pick(SyntheticText.Streets)}", place.Suburb, "VIC", place.Postcode, false,
                random.Pick(organisation.AreaIds), service.ProgramId, service.ServiceTypeId, surname, given, random.Pick(SyntheticText.JobTitles),
                $"03555{random.Next(10000, 99999)}", $"officer{p.Id}@synthetic-volume.example", SyntheticText.Name(ref random),
                DateOnly.FromDateTime(local.DateTime), "EXACT", TimeOnly.FromDateTime(local.DateTime), "ESTIMATE", p.Disclosed,
                "Office", "A letter with a client's details was posted to the wrong address.",
                new List<string> { "NAME", "ADDRESS" }, "The recipient was asked to return the letter; it was collected the next day.",
                new List<string> { "LINEMANAGER", "PRIVACY" }, random.Chance(0.8) ? "CONTAINED" : "NOTRETRIEVABLE", false, p.Breach,
                p.Submitted, p.Disclosed.AddDays(1).AddHours(8), assigned ? VolumeUsers.DelegateId : null, assigned ? "Synthetic privacy officer" : null,
                closed is null ? null : outcome, closed is null ? null : "Assessed against the privacy principles; the service has tightened its mail checks.",
                closed, random.Chance(0.05) ? firstIncidentId + random.Next(planner.Count) : null,
            ];
        }
    }

    public static IEnumerable<object?[]> PeopleRows(IncidentPlanner planner, int firstReportId, int firstId)
    {
        var id = firstId;
        for (var n = 0; n < Count(planner.Count); n++)
        {
            var random = VolumeRandom.For(planner.Seed, 11, firstReportId + n);
            var people = random.Chance(0.8) ? 1 : 2;
            for (var position = 1; position <= people; position++)
            {
                var client = SyntheticClient.For(planner.Seed, random.Next(planner.Count), planner.Today);
                yield return
                [
                    id++, firstReportId + n, position, client.IdentifierType, client.Identifier, client.Surname, client.GivenName, client.Sex,
                    client.IndigenousStatus, client.DateOfBirth, client.Street, client.Suburb, "VIC", client.Postcode, false,
                    PrivacyPerson.ClientRelationship, "YES", new List<string> { random.Chance(0.5) ? "IPP4" : "HPP4" },
                ];
            }
        }
    }

    public static IEnumerable<object?[]> ActivityRows(IncidentPlanner planner, DateTimeOffset now, int firstReportId, int firstId)
    {
        var id = firstId;
        for (var n = 0; n < Count(planner.Count); n++)
        {
            var p = For(planner, firstReportId + n, now);
            yield return [id++, p.Id, PrivacyActivityKind.Submitted, "Report submitted.", null, "Reporting officer", p.Submitted];
            if (p.Status == PrivacyReportStatus.Submitted)
                continue;
            yield return [id++, p.Id, PrivacyActivityKind.Assigned, "Assigned to Synthetic privacy officer.", VolumeUsers.DelegateId, "Synthetic privacy officer", p.Submitted.AddHours(20)];
            if (p.Status == PrivacyReportStatus.Closed)
                yield return [id++, p.Id, PrivacyActivityKind.Closed, "Closed after assessment.", VolumeUsers.DelegateId, "Synthetic privacy officer", p.Submitted.AddDays(2)];
        }
    }
}
