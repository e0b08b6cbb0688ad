using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Domain.Privacy;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>
/// Puts a browser's draft at a given stage without clicking through the earlier ones: presses Proceed
/// (so the browser holds the real cookie), then fills every stage before <c>stage</c> through the domain.
/// Also makes submitted reports for the department's side.
/// </summary>
public static class PrivacyReportBuilder
{
    public static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    /// <summary>A browser whose draft has every stage before <paramref name="stage"/> complete.</summary>
    public static async Task<(FormClient Client, int ReportId)> AtStageAsync(CimsAppFactory app, PrivacyStage stage, int people = 1)
    {
        var client = FormClient.For(app);
        var response = await client.PostFormAsync("/PrivacyReport", "/PrivacyReport/Proceed", []);
        var token = TokenOf(PrivacyClient.Cookie(response) ?? throw new InvalidOperationException("Proceed set no cookie."));
        var service = await ServiceChoice.AgencyOneAsync(app);
        var id = await app.WithDbAsync(async db =>
        {
            var report = await db.PrivacyReports.SingleAsync(r => r.Token == token);
            Fill(report, service, stage, people);
            await db.SaveChangesAsync();
            return report.Id;
        });
        return (client, id);
    }

    /// <summary>A report submitted through the public form, with <paramref name="breach"/> as its "Privacy breach occurred?" answer.</summary>
    public static async Task<int> SubmittedAsync(CimsAppFactory app, bool breach = true, int people = 1, DateTimeOffset? disclosedAt = null)
    {
        var service = await ServiceChoice.AgencyOneAsync(app);
        return await app.WithDbAsync(async db =>
        {
            var report = Report.Start(Now);
            Fill(report, service, null, people, breach, disclosedAt);
            db.PrivacyReports.Add(report);
            await db.SaveChangesAsync();
            var number = string.Create(CultureInfo.InvariantCulture, $"PIR-{Now.Year}-{report.Id:D6}");
            Assert.False(report.Submit(number, (disclosedAt ?? Now.AddHours(-2)).AddDays(1), Now).Failed);
            await db.SaveChangesAsync();
            return report.Id;
        });
    }

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

    /// <summary>The token in a Set-Cookie header value.</summary>
    public static string TokenOf(string setCookie) => setCookie.Split(';')[0].Split('=', 2)[1];

    private static void Fill(Report report, ServiceChoice service, PrivacyStage? until, int people, bool breach = true, DateTimeOffset? disclosedAt = null)
    {
        bool Before(PrivacyStage s) => until is null || s < until;
        var at = Now;
        if (Before(PrivacyStage.Service))
        {
            Check(report.SetService(new PrivacyService(
                Int(service.OrganisationId), new Address("12 High Street", "Seymour", "VIC", "3660"), true,
                Int(service.AreaId), Int(service.ProgramId), Int(service.ServiceTypeId)), at));
        }

        if (Before(PrivacyStage.Officer))
            Check(report.SetOfficer(new PrivacyOfficer("Citizen", "Jane", "Case worker", "0355501234", "jane@agency-one.example", "Sam Manager"), at));
        if (Before(PrivacyStage.Dates))
        {
            var disclosed = disclosedAt ?? Now.AddHours(-2);
            Check(report.SetDates(new PrivacyDates(DateOnly.FromDateTime(disclosed.UtcDateTime.AddDays(-1)), "EXACT", new TimeOnly(9, 15), "ESTIMATE", disclosed), at));
        }

        if (Before(PrivacyStage.Description))
            Check(report.SetDescription(new PrivacyDescription("Reception desk", "A letter with a client's details was posted to the wrong address."), at));
        if (Before(PrivacyStage.People))
        {
            for (var n = 1; n <= people; n++)
                Check(report.AddPerson(Person(n), at));
        }

        if (Before(PrivacyStage.Containment))
        {
            Check(report.SetContainment(new PrivacyContainment(
                ["NAME", "ADDRESS"], "Called the recipient, who returned the letter unopened.", ["LINEMANAGER", "OTHER"], "Legal team",
                "CONTAINED", false, breach, "Case note added to the client's file."), at));
        }
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static void Check(Cims.Domain.Common.Result result)
    {
        if (result.Failed)
            throw new InvalidOperationException(result.Error!.Message);
    }
}
