using System.Globalization;
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
            PrivacyReportFiller.Fill(report, service.Ids(), stage, people, now: Now);
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
            PrivacyReportFiller.Fill(report, service.Ids(), null, people, breach, disclosedAt, Now);
            db.PrivacyReports.Add(report);
            await db.SaveChangesAsync();
            var number = string.Create(CultureInfo.InvariantCulture, $"PIR-{Now.Year}-{report.Id:D6}");
            Assert.False(report.Submit(number, (disclosedAt ?? Now.AddHours(-2)).AddDays(1), Now).Failed);
            await db.SaveChangesAsync();
            return report.Id;
        });
    }

    /// <summary>The token in a Set-Cookie header value.</summary>
    public static string TokenOf(string setCookie) => setCookie.Split(';')[0].Split('=', 2)[1];
}
