using System.Globalization;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Incidents.Attachments;

/// <summary>Posts files as a browser would (multipart, with the antiforgery token) and reads what was stored.</summary>
public static class AttachmentClient
{
    public const string Reporter = "reporter@agency-one.example";

    public static string StepUrl(int id) => $"/Incidents/Report/{id}/Attachments";

    /// <summary>Uploads a file with the token of the upload form (or, for users who may not open it, of another form of theirs).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(FormClient client, int id, string fileName, byte[] data, string? description = null)
    {
        var form = await client.Http.GetAsync($"/Incidents/{id}/Attachments");
        var token = FormClient.Token(form.IsSuccessStatusCode ? await FormClient.ParseAsync(form) : await client.GetPageAsync("/Incidents/Report/Start"));
        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { file, "File", fileName },
            { new StringContent(description ?? ""), "Description" },
        };
        return await client.Http.PostAsync($"/Incidents/{id}/Attachments", content);
    }

    public static async Task<HttpResponseMessage> RemoveAsync(FormClient client, int id, int attachmentId)
    {
        var token = FormClient.Token(await client.GetPageAsync("/Incidents/Report/Start"));
        return await client.PostWithTokenAsync($"/Incidents/{id}/Attachments/{attachmentId}/Remove", token, []);
    }

    public static string? FileError(IHtmlDocument page) => page.QuerySelector("#File-error")?.TextContent.Trim();

    public static Task<List<IncidentAttachment>> StoredAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.IncidentAttachments.AsNoTracking().Where(a => a.IncidentId == id).OrderBy(a => a.Id).ToListAsync());

    public static Task<List<string>> AuditAsync(CimsAppFactory app, string action, int id) =>
        app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == action && a.EntityId == id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => a.Details ?? "").ToListAsync());
}
