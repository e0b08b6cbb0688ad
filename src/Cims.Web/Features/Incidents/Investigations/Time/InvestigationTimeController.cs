using Cims.Domain.Common;
using Cims.Domain.Investigations;
using Cims.Web.Features.Incidents.Attachments;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>
/// The investigation's clock: the organisation requests an extension; department staff decide it, find the requests
/// waiting for them, and pause and resume the clock at police request. A page the user may not act on shows the
/// investigation instead; an investigation they may not see is not found.
/// </summary>
public sealed class InvestigationTimeController(GetTimePage pages) : Controller
{
    private static readonly Error DocumentTooLarge = AttachmentErrors.TooLarge with { Field = nameof(ExtensionRequestForm.Document) };

    [HttpGet("/Investigations/{id:int}/Extension")]
    public Task<IActionResult> RequestExtension(int id, [FromQuery] bool tooLarge, CancellationToken ct) =>
        ShowAsync(id, "Request", null, tooLarge ? DocumentTooLarge : null, ct);

    [HttpPost("/Investigations/{id:int}/Extension")]
    [RequestSizeLimit(AttachmentErrors.MaxDrainBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = AttachmentErrors.MaxRequestBytes)]
    [InvestigationOversizeUpload("Extension")]
    public Task<IActionResult> RequestExtension(int id, ExtensionRequestForm form, [FromServices] ExtensionSteps steps, CancellationToken ct) =>
        PostAsync(id, "Request", form, () => steps.RequestAsync(id, form, User, ct), "The extension request was sent to the department.", ct);

    [HttpGet("/Investigations/{id:int}/Extension/Decide")]
    public Task<IActionResult> Decide(int id, CancellationToken ct) => ShowAsync(id, "Decide", null, null, ct);

    [HttpPost("/Investigations/{id:int}/Extension/Approve")]
    public Task<IActionResult> Approve(int id, ApproveExtensionForm form, [FromServices] ExtensionSteps steps, CancellationToken ct) =>
        PostAsync(id, "Decide", form, () => steps.ApproveAsync(id, form, User, ct), "The extension was approved: the investigation has its new due date.", ct);

    [HttpPost("/Investigations/{id:int}/Extension/Decline")]
    public Task<IActionResult> Decline(int id, ReasonForm form, [FromServices] ExtensionSteps steps, CancellationToken ct) =>
        PostAsync(id, "Decide", form, () => steps.DeclineAsync(id, form, User, ct), "The extension was declined with your reason.", ct);

    [HttpGet("/Investigations/{id:int}/Hold")]
    public Task<IActionResult> Hold(int id, CancellationToken ct) => ShowAsync(id, "Hold", null, null, ct);

    [HttpPost("/Investigations/{id:int}/Hold")]
    public Task<IActionResult> Pause(int id, ReasonForm form, [FromServices] PoliceHoldSteps steps, CancellationToken ct) =>
        PostAsync(id, "Hold", form, () => steps.PauseAsync(id, form, User, ct), "The investigation is on hold at police request: its clock is paused.", ct);

    [HttpPost("/Investigations/{id:int}/Hold/Resume")]
    public Task<IActionResult> Resume(int id, VersionForm form, [FromServices] PoliceHoldSteps steps, CancellationToken ct) =>
        PostAsync(id, "Hold", null, () => steps.ResumeAsync(id, form, User, ct), "The clock resumed: the due date moved by the business days on hold.", ct);

    [Authorize(Policy = Policies.Department)]
    [HttpGet("/Department/Investigations/Extensions")]
    public async Task<IActionResult> Pending([FromServices] PendingExtensions pending, CancellationToken ct) =>
        View("Pending", await pending.RunAsync(ct));

    /// <summary>A form posted: shown again with its messages, or the step taken and the investigation shown.</summary>
    private async Task<IActionResult> PostAsync(int id, string view, object? form, Func<Task<Result>> step, string flash, CancellationToken ct) =>
        !ModelState.IsValid ? await ShowAsync(id, view, form, null, ct) : await DoneAsync(id, view, form, await step(), flash, ct);

    private async Task<IActionResult> DoneAsync(int id, string view, object? typed, Result result, string flash, CancellationToken ct)
    {
        if (result.Error is { } error)
            return error.IsNotFound ? NotFound() : await ShowAsync(id, view, typed, error, ct);
        TempData["Flash"] = flash;
        return Redirect($"/Investigations/{id}");
    }

    /// <summary>The page with what was typed and the message; one the user cannot act on now shows the investigation.</summary>
    private async Task<IActionResult> ShowAsync(int id, string view, object? typed, Error? error, CancellationToken ct)
    {
        if (await pages.RunAsync(id, User, ct) is not { } page)
            return NotFound();
        var investigation = page.Investigation;
        var allowed = view switch
        {
            "Request" => investigation.CanRequestExtension(User),
            "Decide" => investigation.CanDecideExtension(User),
            _ => investigation.CanHold(User),
        };
        if (!allowed)
        {
            TempData["Flash"] = error?.Message;
            return Redirect($"/Investigations/{id}");
        }

        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove("Version");
        var version = error == InvestigationErrors.Concurrency || typed is null ? investigation.Version : VersionOf(typed) ?? investigation.Version;
        ViewData[nameof(TimePage)] = page;
        return View(view, Model(view, typed, page, version));
    }

    private static object Model(string view, object? typed, TimePage page, Guid version) => view switch
    {
        "Request" => ((typed as ExtensionRequestForm) ?? new ExtensionRequestForm()) with { Version = version },
        "Decide" => new DecideExtensionPage(
            (typed as ApproveExtensionForm ?? ApproveExtensionForm.For(page.Investigation.PendingExtension?.RequestedDueOn ?? default, version)) with { Version = version },
            ((typed as ReasonForm) ?? new ReasonForm()) with { Version = version }),
        _ => ((typed as ReasonForm) ?? new ReasonForm()) with { Version = version },
    };

    private static Guid? VersionOf(object typed) => typed switch
    {
        ExtensionRequestForm f => f.Version,
        ApproveExtensionForm f => f.Version,
        ReasonForm f => f.Version,
        _ => null,
    };
}
