using System.Globalization;
using System.Text.Json.Nodes;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Api.Docs;

/// <summary>
/// A complete endorsed report for POST /api/v1/incidents, built from this deployment's reference data so that it is
/// valid here as it stands: the first area and service type of the first active funded agency that has both (in the
/// demo, Agency One Community Services), the "Physical abuse" incident type, the seed's option codes, and dates two
/// days before today in Melbourne. Another organisation's client takes its own area and service type from
/// GET /api/v1/reference (organisationAreaIds, organisationServiceTypeIds).
/// </summary>
public static class IncidentExample
{
    public static async Task<JsonNode> BuildAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<CimsDbContext>();
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.IsActive && o.Kind == OrganisationKind.FundedAgency && o.Areas.Any() && o.ServiceTypes.Any())
            .OrderBy(o => o.Id)
            .Select(o => new
            {
                AreaId = o.Areas.OrderBy(a => a.AreaId).Select(a => a.AreaId).First(),
                ServiceTypeId = o.ServiceTypes.OrderBy(s => s.ServiceTypeId).Select(s => s.ServiceTypeId).First(),
            })
            .FirstOrDefaultAsync(ct);
        var serviceTypeId = organisation?.ServiceTypeId ?? 0;
        var programId = await db.ServiceTypes.Where(s => s.Id == serviceTypeId).Select(s => s.ProgramId).FirstOrDefaultAsync(ct);
        var typeId = await db.IncidentTypes.Where(t => t.Name == "Physical abuse").Select(t => t.Id).FirstOrDefaultAsync(ct);
        var day = services.GetRequiredService<TimeProvider>().Today().AddDays(-2);
        return Report(organisation?.AreaId ?? 0, programId, serviceTypeId, typeId, day);
    }

    /// <summary>The same report corrected for PUT /api/v1/incidents/{id}: another location, and the reason for the change.</summary>
    public static async Task<JsonNode> BuildRevisionAsync(IServiceProvider services, CancellationToken ct)
    {
        var report = (JsonObject)await BuildAsync(services, ct);
        report["description"]!["location"] = "Kitchen";
        report["reason"] = "The incident happened in the kitchen, not the lounge room.";
        return report;
    }

    private static JsonObject Report(int areaId, int programId, int serviceTypeId, int typeId, DateOnly day)
    {
        static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["service"] = new JsonObject
            {
                ["areaId"] = areaId,
                ["programId"] = programId,
                ["serviceTypeId"] = serviceTypeId,
                ["street"] = "1 Main St",
                ["suburb"] = "Shepparton",
                ["state"] = "VIC",
                ["postcode"] = "3630",
            },
            ["officer"] = new JsonObject
            {
                ["surname"] = "Officer",
                ["givenName"] = "Olive",
                ["jobTitle"] = "Team leader",
                ["telephone"] = "0355501234",
                ["email"] = "olive@provider.example",
                ["lineManagerName"] = "Morgan Manager",
            },
            ["dates"] = new JsonObject
            {
                ["occurredDay"] = Text(day.Day),
                ["occurredMonth"] = Text(day.Month),
                ["occurredYear"] = Text(day.Year),
                ["dateAccuracy"] = "EXACT",
                ["occurredTime"] = "09:15",
                ["timeAccuracy"] = "EXACT",
                ["awareDay"] = Text(day.Day),
                ["awareMonth"] = Text(day.Month),
                ["awareYear"] = Text(day.Year),
                ["awareTime"] = "10:30",
            },
            ["description"] = new JsonObject
            {
                ["location"] = "Lounge room",
                ["description"] = "The client said a staff member pushed her.",
                ["impact"] = "Major",
                ["primaryTypeId"] = typeId,
            },
            ["actions"] = new JsonObject { ["taken"] = new JsonArray("SAFETY") },
            ["clients"] = new JsonArray(new JsonObject
            {
                ["identifierType"] = "CRIS",
                ["identifier"] = "100234",
                ["surname"] = "Citizen",
                ["givenName"] = "Jo",
                ["birthDay"] = "17",
                ["birthMonth"] = "5",
                ["birthYear"] = "1990",
                ["sex"] = "2",
                ["indigenousStatus"] = "4",
                ["impact"] = "Major",
            }),
            ["others"] = new JsonArray(new JsonObject { ["role"] = "SubjectOfAllegation", ["allegationRole"] = "Staff", ["name"] = "Pat Staff" }),
        };
    }
}
