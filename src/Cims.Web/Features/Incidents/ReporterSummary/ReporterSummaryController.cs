using Cims.Web.Features.Incidents.View;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.ReporterSummary;

/// <summary>The authorised delegate writes, previews and sends the reporter the outcome summary of a closed incident.</summary>
[Route("Incidents/{id:int}/ReporterSummary")]
public sealed class ReporterSummaryController(GetIncidentPage pages, SendReporterSummary send, ReporterSummaryMail mail) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Write(int id, CancellationToken ct) => await ShowAsync(id, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Write(int id, ReporterSummaryForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid || form.IsPreview)
            return await ShowAsync(id, form, ct);
        var result = await send.RunAsync(id, form, User, ct);
        if (result.Error is { } error && error.IsNotFound)
            return NotFound();
        if (result.Failed)
        {
            ModelState.AddError(result.Error);
            return await ShowAsync(id, form, ct);
        }

        TempData["Flash"] = "The outcome summary was sent to the reporter.";
        return Redirect($"/Incidents/{id}");
    }

    private async Task<IActionResult> ShowAsync(int id, ReporterSummaryForm? form, CancellationToken ct)
    {
        if (await pages.RunAsync(id, User, ct) is not { } page)
            return NotFound();
        if (!page.Actions.CanSendReporterSummary)
            return Redirect($"/Incidents/{id}");
        ModelState.Remove(nameof(ReporterSummaryForm.Version));
        var preview = form is { IsPreview: true } && ModelState.IsValid ? form.Summary!.Trim() : null;
        var reporter = await mail.ReporterAsync(page.Incident, ct);
        return View("ReporterSummary", new ReporterSummaryPage(page, (form ?? new ReporterSummaryForm()) with { Version = page.Incident.Version }, reporter?.Name, preview));
    }
}

/// <summary>The summary form, the reporter's name, and the summary as the reporter will read it when previewing.</summary>
public sealed record ReporterSummaryPage(IncidentPage Page, ReporterSummaryForm Form, string? ReporterName, string? Preview);
