using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Containment;

/// <summary>
/// Stage 6, Containment, at /PrivacyReport/Containment: one multipart form whose "Upload" and "Remove" buttons
/// store or remove a file and show the stage again with what was typed, and whose Next and Back save the stage
/// (a file chosen then is stored too). Files download at /PrivacyReport/Files/{fileId}, only to this browser.
/// </summary>
[Route("PrivacyReport")]
public sealed class PrivacyContainmentController(PrivacyDrafts drafts) : PrivacyControllerBase(drafts)
{
    [HttpGet("Containment")]
    public Task<IActionResult> Containment([FromQuery] bool tooLarge, [FromServices] ContainmentStage page, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Containment, async r =>
        {
            if (tooLarge)
                ModelState.AddError(PrivacyFileErrors.TooLarge);
            return Stage(r, PrivacyStage.Containment, await page.FormAsync(r, ct));
        }, ct);

    [HttpPost("Containment")]
    [RequestSizeLimit(PrivacyFileErrors.MaxDrainBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = PrivacyFileErrors.MaxRequestBytes)]
    [PrivacyOversizeUpload]
    public Task<IActionResult> Containment(
        PrivacyContainmentForm form, [FromServices] ContainmentStage page, [FromServices] PrivacyFiles files, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Containment, async r =>
        {
            var filesOnly = form.Nav == ContainmentNav.Upload || form.RemoveFileId is not null;
            if (filesOnly)
                ModelState.Clear();
            var (error, notice) = await ChangeFilesAsync(r, form, files, ct);
            if (error is not null)
                ModelState.AddError(error);
            form = form with { FileNotice = notice };
            if (filesOnly)
                return Stage(r, PrivacyStage.Containment, await page.WithChoicesAsync(r, form, ct));
            return await SaveStageAsync(r, PrivacyStage.Containment, form, () => page.ApplyAsync(r, form, ct), f => page.WithChoicesAsync(r, f, ct), ct);
        }, ct);

    [HttpGet("Files/{fileId:int}")]
    public async Task<IActionResult> DownloadFile(int fileId, [FromServices] DownloadPrivacyFile download, CancellationToken ct)
    {
        if (await download.ForBrowserAsync(PrivacyDraftCookie.Read(Request), fileId, ct) is not { } file)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Data, file.ContentType, file.FileName);
    }

    /// <summary>Removes the file whose Remove button was pressed, else stores the chosen file (Upload without one: "Choose a file").</summary>
    private static async Task<(Error? Error, string? Notice)> ChangeFilesAsync(Report report, PrivacyContainmentForm form, PrivacyFiles files, CancellationToken ct)
    {
        if (form.RemoveFileId is { } fileId)
        {
            var removed = await files.RemoveAsync(report, fileId, ct);
            return (removed.Error, removed.Failed ? null : $"{removed.Value} was removed.");
        }

        if (form.File is null)
            return (form.Nav == ContainmentNav.Upload ? PrivacyFileErrors.NoFile : null, null);
        var added = await files.AddAsync(report, form.File, ct);
        return (added.Error, added.Failed ? null : $"{added.Value} was uploaded.");
    }
}
