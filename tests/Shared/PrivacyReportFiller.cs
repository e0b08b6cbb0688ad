using Cims.Domain.Incidents;
using Cims.Domain.Privacy;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Tests.Shared;

/// <summary>The ids of an organisation's first area, program and service type (stage 1).</summary>
public sealed record ServiceIds(int OrganisationId, int AreaId, int ProgramId, int ServiceTypeId)
{
    public static async Task<ServiceIds> OfAsync(CimsDbContext db, string organisation)
    {
        var org = await db.Organisations.Include(o => o.Areas).Include(o => o.ServiceTypes).SingleAsync(o => o.Name == organisation);
        var typeId = org.ServiceTypes.Min(t => t.ServiceTypeId);
        var type = await db.ServiceTypes.SingleAsync(t => t.Id == typeId);
        return new ServiceIds(org.Id, org.Areas.Min(a => a.AreaId), type.ProgramId, type.Id);
    }
}

/// <summary>
/// Fills a privacy report's stages through the domain with plausible values (compiled into the web and
/// browser test projects): a test starts at the stage it checks instead of clicking through the earlier ones.
/// </summary>
public static class PrivacyReportFiller
{
    public static PrivacyPerson Person(int n, bool client = true) => new()
    {
        IdentifierType = client ? "CRIS" : PrivacyPerson.NotApplicable,
        Identifier = client ? $"CRIS-{n:D4}" : null,
        Surname = $"Person{n}",
        GivenName = client ? "Alex" : "Robin",
        Sex = "2",
        IndigenousStatus = "4",
        DateOfBirth = client ? new DateOnly(1990, 1, n) : null,
        Address = new Address($"{n} Example Road", "Seymour", "VIC", "3660"),
        ManualAddress = true,
        Relationship = client ? PrivacyPerson.ClientRelationship : "PUBLIC",
        SafetyNeedsMet = client ? "YES" : "NA",
        Principles = ["IPP2", "HPP2"],
    };

    public static void Fill(PrivacyReport report, ServiceIds service, PrivacyStage? until, int people = 1, bool breach = true, DateTimeOffset? disclosedAt = null, DateTimeOffset? now = null)
    {
        bool Before(PrivacyStage s) => until is null || s < until;
        var at = now ?? DateTimeOffset.UtcNow;
        if (Before(PrivacyStage.Service))
        {
            report.SetService(new PrivacyService(
                service.OrganisationId, new Address("12 High Street", "Seymour", "VIC", "3660"), true,
                service.AreaId, service.ProgramId, service.ServiceTypeId), at).MustSucceed();
        }

        if (Before(PrivacyStage.Officer))
            report.SetOfficer(new PrivacyOfficer("Citizen", "Jane", "Case worker", "0355501234", "jane@agency-one.example", "Sam Manager"), at).MustSucceed();
        if (Before(PrivacyStage.Dates))
        {
            var disclosed = disclosedAt ?? at.AddHours(-2);
            report.SetDates(new PrivacyDates(DateOnly.FromDateTime(disclosed.UtcDateTime.AddDays(-1)), "EXACT", new TimeOnly(9, 15), "ESTIMATE", disclosed), at).MustSucceed();
        }

        if (Before(PrivacyStage.Description))
            report.SetDescription(new PrivacyDescription("Reception desk", "A letter with a client's details was posted to the wrong address."), at).MustSucceed();
        if (Before(PrivacyStage.People))
        {
            for (var n = 1; n <= people; n++)
                report.AddPerson(Person(n), at).MustSucceed();
        }

        if (Before(PrivacyStage.Containment))
        {
            report.SetContainment(new PrivacyContainment(
                ["NAME", "ADDRESS"], "Called the recipient, who returned the letter unopened.", ["LINEMANAGER", "OTHER"], "Legal team",
                "CONTAINED", false, breach, "Case note added to the client's file."), at).MustSucceed();
        }
    }
}
