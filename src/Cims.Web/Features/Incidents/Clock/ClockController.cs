using Cims.Domain.Common;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.Attachments;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>
/// The clock of an investigation or a review (<c>/Investigations/{id}/…</c>, <c>/Reviews/{id}/…</c>): the
/// organisation requests an extension; department staff decide it, find the requests waiting for them, and pause and
/// resume the clock at police request. A page the user may not act on shows the work instead; work they may not see
/// is not found.
/// </summary>
public sealed class ClockController(GetTimePage pages) : Controller
{
    private const string Work = "/" + ClockKind.Route + "/{id:int}";
    private static readonly Error DocumentTooLarge = AttachmentErrors.TooLarge with { Field = nameof(ExtensionRequestForm.Document) };

    [HttpGet(Work + "/Extension")]
    public Task<IActionResult> RequestExtension(string work, int id, [FromQuery] bool tooLarge, CancellationToken ct) =>
        ShowAsync(work, id, "Request", null, tooLarge ? DocumentTooLarge : null, ct);

    [HttpPost(Work + "/Extension")]
    [RequestSizeLimit(AttachmentErrors.MaxDrainBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = AttachmentErrors.MaxRequestBytes)]
    [InvestigationOversizeUpload("Extension")]
    public Task<IActionResult> RequestExtension(string work, int id, ExtensionRequestForm form, [FromServices] ExtensionSteps steps, CancellationToken ct) =>
        PostAsync(work, id, "Request", form, kind => steps.RequestAsync(kind, id, form, User, ct), "The extension request was sent to the department.", ct);

    [HttpGet(Work + "/Extension/Decide")]
    public Task<IActionResult> Decide(string work, int id, CancellationToken ct) => ShowAsync(work, id, "Decide", null, null, ct);

    [HttpPost(Work + "/Extension/Approve")]
    public Task<IActionResult> Approve(string work, int id, ApproveExtensionForm form, [FromServices] ExtensionSteps steps, CancellationToken ct) =>
        PostAsync(work, id, "Decide", form, kind => steps.ApproveAsync(kind, id, form, User, ct), $"The extension was approved: the {ClockKind.FromPath(work).KindNoun} has its new due date.", ct);

    [HttpPost(Work + "/Extension/Decline")]
    public Task<IActionResult> Decline(string work, int id, ReasonForm form, [FromServices] ExtensionSteps steps, CancellationToken ct) =>
        PostAsync(work, id, "Decide", form, kind => steps.DeclineAsync(kind, id, form, User, ct), "The extension was declined with your reason.", ct);

    [HttpGet(Work + "/Hold")]
    public Task<IActionResult> Hold(string work, int id, CancellationToken ct) => ShowAsync(work, id, "Hold", null, null, ct);

    [HttpPost(Work + "/Hold")]
    public Task<IActionResult> Pause(string work, int id, ReasonForm form, [FromServices] PoliceHoldSteps steps, CancellationToken ct) =>
        PostAsync(work, id, "Hold", form, kind => steps.PauseAsync(kind, id, form, User, ct), $"The {ClockKind.FromPath(work).KindNoun} is on hold at police request: its clock is paused.", ct);

    [HttpPost(Work + "/Hold/Resume")]
    public Task<IActionResult> Resume(string work, int id, VersionForm form, [FromServices] PoliceHoldSteps steps, CancellationToken ct) =>
        PostAsync(work, id, "Hold", null, kind => steps.ResumeAsync(kind, id, form, User, ct), "The clock resumed: the due date moved by the business days on hold.", ct);

    [Authorize(Policy = Policies.Department)]
    [HttpGet("/Department/Extensions")]
    [HttpGet("/Department/Investigations/Extensions")]
    public async Task<IActionResult> Pending([FromServices] PendingExtensions pending, CancellationToken ct) =>
        View("Pending", await pending.RunAsync(ct));

    /// <summary>A form posted: shown again with its messages, or the step taken and the work shown.</summary>
    private async Task<IActionResult> PostAsync(string work, int id, string view, object? form, Func<ClockKind, Task<Result>> step, string flash, CancellationToken ct) =>
        !ModelState.IsValid ? await ShowAsync(work, id, view, form, null, ct) : await DoneAsync(work, id, view, form, await step(ClockKind.FromPath(work)), flash, ct);

    private async Task<IActionResult> DoneAsync(string work, int id, string view, object? typed, Result result, string flash, CancellationToken ct)
    {
        if (result.Error is { } error)
            return error.IsNotFound ? NotFound() : await ShowAsync(work, id, view, typed, error, ct);
        TempData["Flash"] = flash;
        return Redirect($"/{ClockKind.FromPath(work).Path}/{id}");
    }

    /// <summary>The page with what was typed and the message; one the user cannot act on now shows the work.</summary>
    private async Task<IActionResult> ShowAsync(string work, int id, string view, object? typed, Error? error, CancellationToken ct)
    {
        if (await pages.RunAsync(ClockKind.FromPath(work), id, User, ct) is not { } page)
            return NotFound();
        var allowed = view switch
        {
            "Request" => page.Work.CanRequestExtension(User),
            "Decide" => page.Work.CanDecideExtension(User),
            _ => page.Work.CanHold(User),
        };
        if (!allowed)
        {
            TempData["Flash"] = error?.Message;
            return Redirect(page.Href);
        }

        if (error is not null)
            ModelState.AddError(error);
        ModelState.Remove("Version");
        var stale = error == InvestigationErrors.Concurrency || error == ReviewErrors.Concurrency;
        var version = stale || typed is null ? page.Work.Version : VersionOf(typed) ?? page.Work.Version;
        ViewData[nameof(TimePage)] = page;
        return View(view, Model(view, typed, page, version));
    }

    private static object Model(string view, object? typed, TimePage page, Guid version) => view switch
    {
        "Request" => ((typed as ExtensionRequestForm) ?? new ExtensionRequestForm()) with { Version = version },
        "Decide" => new DecideExtensionPage(
            (typed as ApproveExtensionForm ?? ApproveExtensionForm.For(page.Work.PendingExtension?.RequestedDueOn ?? default, version)) with { Version = version },
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
