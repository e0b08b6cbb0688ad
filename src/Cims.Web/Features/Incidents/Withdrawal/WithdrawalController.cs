using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Withdrawal;

/// <summary>Withdraw an incident (and its open investigation) with a reason.</summary>
[Route("Incidents/{id:int}/Withdraw")]
public sealed class WithdrawalController(GetIncidentPage pages, WithdrawIncident withdraw) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Withdraw(int id, CancellationToken ct) => await ShowAsync(id, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Withdraw(int id, WithdrawForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return await ShowAsync(id, form, ct);
        var result = await withdraw.RunAsync(id, form, User, ct);
        if (result.Error is { } error && error.IsNotFound)
            return NotFound();
        if (result.Failed)
        {
            ModelState.AddError(result.Error);
            return await ShowAsync(id, form, ct);
        }

        TempData["Flash"] = "The incident was withdrawn.";
        return Redirect($"/Incidents/{id}");
    }

    private async Task<IActionResult> ShowAsync(int id, WithdrawForm? form, CancellationToken ct)
    {
        if (await pages.RunAsync(id, User, ct) is not { } page)
            return NotFound();
        if (!page.Actions.CanWithdraw)
            return Redirect($"/Incidents/{id}");
        ModelState.Remove(nameof(WithdrawForm.Version));
        var investigation = await withdraw.OpenInvestigationAsync(id, ct);
        var review = await withdraw.OpenReviewAsync(id, ct);
        return View("Withdraw", new WithdrawPage(
            page, (form ?? new WithdrawForm()) with { Version = page.Incident.Version }, investigation?.Manager.Name,
            review is null ? null : $"{review.Kind.WithArticle()}, managed by {review.Manager.Name}"));
    }
}

/// <summary>The withdrawal form, with the managers of the open investigation and review withdrawn with it (if any).</summary>
public sealed record WithdrawPage(IncidentPage Page, WithdrawForm Form, string? InvestigationManager, string? Review);
