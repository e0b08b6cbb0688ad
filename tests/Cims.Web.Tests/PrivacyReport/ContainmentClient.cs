using System.Globalization;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Cims.Domain.Privacy;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Posts the Containment stage as a browser does (multipart, with its version and token), with or without a file.</summary>
public static class ContainmentClient
{
    public const string Url = "/PrivacyReport/Containment";

    /// <summary>Every field valid, Other ticked with who was consulted; "Nav" is Next.</summary>
    public static List<KeyValuePair<string, string>> Valid() =>
    [
        new("InformationDisclosed", "NAME"),
        new("InformationDisclosed", "HEALTH"),
        new("ActionsTaken", "Called the recipient at 10:15, who deleted the email."),
        new("Consultation", "LINEMANAGER"),
        new("Consultation", "OTHER"),
        new("ConsultationOther", "Agency legal team"),
        new("DisclosureStatus", "CONTAINED"),
        new("FurtherRisk", "false"),
        new("BreachOccurred", "true"),
        new("CaseNotes", "Client told on the phone."),
        new("Nav", "next"),
    ];

    public static List<KeyValuePair<string, string>> Without(this List<KeyValuePair<string, string>> fields, string name) =>
        [.. fields.Where(f => f.Key != name)];

    /// <summary>GETs the stage, then posts <paramref name="fields"/> (and the file, if any) with the page's version and token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(FormClient client, IEnumerable<KeyValuePair<string, string>> fields, string? fileName = null, byte[]? data = null)
    {
        var page = await client.GetPageAsync(Url);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(FormClient.Token(page)), "__RequestVerificationToken" },
            { new StringContent(PrivacyClient.Version(page)), "Version" },
        };
        foreach (var (name, value) in fields)
            content.Add(new StringContent(value), name);
        if (fileName is not null)
        {
            var file = new ByteArrayContent(data ?? []);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "File", fileName);
        }

        return await client.Http.PostAsync(Url, content);
    }

    /// <summary>Presses "Upload" with <paramref name="fileName"/> and whatever else is given.</summary>
    public static Task<HttpResponseMessage> UploadAsync(FormClient client, string fileName, byte[] data, params KeyValuePair<string, string>[] typed) =>
        PostAsync(client, [.. typed, new("Nav", "upload")], fileName, data);

    public static string? Error(IHtmlDocument page, string field) => page.QuerySelector($"#{field}-error")?.TextContent.Trim();

    public static string Summary(IHtmlDocument page) => page.QuerySelector(".error-summary")?.TextContent ?? "";

    public static IReadOnlyList<string> Listed(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#privacy-files li a").Select(a => a.TextContent.Trim())];

    public static Task<List<PrivacyReportFile>> FilesAsync(CimsAppFactory app, int reportId) =>
        app.WithDbAsync(db => db.PrivacyReportFiles.AsNoTracking().Where(f => f.PrivacyReportId == reportId).OrderBy(f => f.Id).ToListAsync());

    public static Task<List<string>> AuditAsync(CimsAppFactory app, string action, int reportId) =>
        app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == action && a.EntityId == reportId.ToString(CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => a.Details ?? "").ToListAsync());

    public static Task<PrivacyContainment?> SavedAsync(CimsAppFactory app, int reportId) =>
        app.WithDbAsync(async db => (await db.PrivacyReports.AsNoTracking().SingleAsync(r => r.Id == reportId)).Containment);
}
