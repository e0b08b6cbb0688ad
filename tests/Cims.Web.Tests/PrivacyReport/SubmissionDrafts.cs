using AngleSharp.Html.Dom;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Browsers whose draft is ready to declare, or already submitted through the declaration page.</summary>
public static class SubmissionDrafts
{
    public static async Task<(FormClient Client, int ReportId)> ReadyAsync(CimsAppFactory app, bool breach = true, int people = 1, DateTimeOffset? disclosedAt = null)
    {
        var client = FormClient.For(app);
        var response = await client.PostFormAsync("/PrivacyReport", "/PrivacyReport/Proceed", []);
        var token = PrivacyReportBuilder.TokenOf(PrivacyClient.Cookie(response)!);
        var service = await ServiceChoice.AgencyOneAsync(app);
        var id = await app.WithDbAsync(async db =>
        {
            var report = await db.PrivacyReports.SingleAsync(r => r.Token == token);
            PrivacyReportFiller.Fill(report, service.Ids(), null, people, breach, disclosedAt);
            await db.SaveChangesAsync();
            return report.Id;
        });
        return (client, id);
    }

    public static async Task<(FormClient Client, int ReportId)> SubmittedAsync(CimsAppFactory app, bool breach = true, int people = 1)
    {
        var (client, id) = await ReadyAsync(app, breach, people);
        var response = await client.PostDeclarationAsync();
        Assert.Equal("/PrivacyReport/Submitted", response.Headers.Location?.OriginalString);
        return (client, id);
    }

    /// <summary>Posts the declaration page (fetched now, or <paramref name="page"/>) with the box ticked or not.</summary>
    public static async Task<HttpResponseMessage> PostDeclarationAsync(this FormClient client, IHtmlDocument? page = null, bool declared = true)
    {
        page ??= await client.GetPageAsync("/PrivacyReport/Declaration");
        var fields = new Dictionary<string, string> { ["Version"] = PrivacyClient.Version(page), ["Declared"] = declared ? "true" : "false" };
        return await client.PostWithTokenAsync("/PrivacyReport/Declaration", FormClient.Token(page), fields);
    }

    public static Task<HttpResponseMessage> PostDeclarationAsync(this FormClient client, bool declared) => client.PostDeclarationAsync(null, declared);
}
