using Cims.Domain.Common;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Incidents.Report;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>
/// Attachments of a report: the reporter's "Attachments" step, the delegate's page while it awaits
/// endorsement, upload, download (any user who may see the incident) and removal with confirmation.
/// </summary>
public sealed class AttachmentsController(AttachmentQueries queries) : Controller
{
    [HttpGet("Incidents/Report/{id:int}/Attachments")]
    [HttpGet("Incidents/{id:int}/Attachments")]
    public Task<IActionResult> Index(int id, [FromQuery] bool tooLarge, CancellationToken ct) =>
        ShowAsync(id, null, tooLarge ? AttachmentErrors.TooLarge : null, ct);

    [HttpPost("Incidents/{id:int}/Attachments")]
    [RequestSizeLimit(AttachmentErrors.MaxDrainBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = AttachmentErrors.MaxRequestBytes)]
    [OversizeUpload]
    public async Task<IActionResult> Upload(int id, UploadForm form, [FromServices] UploadAttachment upload, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowAsync(id, form, null, ct);
        var result = await upload.RunAsync(User, id, form, ct);
        if (result.Failed)
            return await FailedAsync(id, result.Error, () => ShowAsync(id, form, result.Error, ct));
        TempData["Flash"] = $"{SafeFileName.From(form.File!.FileName)} was attached.";
        return Redirect(PageUrl(id, result.Value));
    }

    [HttpGet("Incidents/{id:int}/Attachments/{attachmentId:int}")]
    public async Task<IActionResult> Download(int id, int attachmentId, [FromServices] DownloadAttachment download, CancellationToken ct)
    {
        if (await download.RunAsync(User, id, attachmentId, ct) is not { } file)
            return NotFound();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Data, file.ContentType, file.FileName);
    }

    [HttpGet("Incidents/{id:int}/Attachments/{attachmentId:int}/Remove")]
    public async Task<IActionResult> Remove(int id, int attachmentId, [FromServices] RemoveAttachment remove, CancellationToken ct)
    {
        var page = await remove.PageAsync(User, id, attachmentId, ct);
        if (page.Failed)
            return await FailedAsync(id, page.Error, null);
        var value = page.Value;
        ViewData["Report"] = Header(value.IncidentId, value.Editor, value.ReturnReason, value.Version);
        return View("Remove", value);
    }

    [HttpPost("Incidents/{id:int}/Attachments/{attachmentId:int}/Remove")]
    public async Task<IActionResult> RemoveConfirmed(int id, int attachmentId, [FromServices] RemoveAttachment remove, CancellationToken ct)
    {
        var result = await remove.RunAsync(User, id, attachmentId, ct);
        if (result.Failed)
            return await FailedAsync(id, result.Error, null);
        TempData["Flash"] = "The attachment was removed.";
        return Redirect(PageUrl(id, result.Value));
    }

    public static string PageUrl(int id, AttachmentEditor editor) =>
        editor == AttachmentEditor.Reporter ? ReportSteps.Url(id, ReportSteps.Attachments) : $"/Incidents/{id}/Attachments";

    private async Task<IActionResult> ShowAsync(int id, UploadForm? form, Error? error, CancellationToken ct)
    {
        if (await queries.PageAsync(User, id, form, ct) is not { } page)
            return await FailedAsync(id, AttachmentErrors.Locked, null);
        if (error is not null)
            ModelState.AddError(error);
        ViewData["Report"] = Header(id, page.Editor, page.ReturnReason, page.Version);
        return View(page.Editor == AttachmentEditor.Reporter ? "Step" : "Manage", page);
    }

    /// <summary>Not found (or not the user's to see) → 404; no longer changeable → the incident page with a message; else the form again.</summary>
    private async Task<IActionResult> FailedAsync(int id, Error error, Func<Task<IActionResult>>? redisplay)
    {
        if (error.IsNotFound || await queries.FindAsync(User, id, HttpContext.RequestAborted) is null)
            return NotFound();
        if (error == AttachmentErrors.Locked || redisplay is null)
        {
            TempData["Flash"] = AttachmentErrors.Locked.Message;
            return Redirect($"/Incidents/{id}");
        }

        return await redisplay();
    }

    private static ReportHeader? Header(int id, AttachmentEditor editor, string? returnReason, Guid version) =>
        editor == AttachmentEditor.Reporter ? new ReportHeader(id, ReportSteps.Attachments, returnReason, version) : null;
}
