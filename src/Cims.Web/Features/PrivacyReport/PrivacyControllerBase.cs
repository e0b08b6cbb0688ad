using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.PrivacyReport;

/// <summary>
/// What every page of the public wizard does alike: find the draft behind the cookie (else back to the
/// landing page, or the "expired" page), keep stages behind their earlier stages, save a stage and go
/// where the button said, or show the page again with the typed values and the messages.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.RateLimitPolicy)]
public abstract class PrivacyControllerBase(PrivacyDrafts drafts) : Controller
{
    protected PrivacyDrafts Drafts => drafts;

    /// <summary>Runs <paramref name="action"/> on the reporter's draft when <paramref name="stage"/> may be opened.</summary>
    protected async Task<IActionResult> WithDraftAsync(PrivacyStage stage, Func<Report, Task<IActionResult>> action, CancellationToken ct)
    {
        var token = PrivacyDraftCookie.Read(Request);
        var found = await drafts.FindAsync(token, ct);
        if (found.Expired)
        {
            await drafts.DeleteAsync(token, ct);
            PrivacyDraftCookie.Clear(HttpContext);
            return View("Expired");
        }

        if (found.Report is not { } report)
        {
            TempData["Flash"] = "There is no privacy incident report in progress in this browser. Select Proceed to start one.";
            return Redirect(PrivacyStages.Root);
        }

        return report.CanOpen(stage) ? await action(report) : Redirect(PrivacyStages.Of(report.NextStage).Url);
    }

    /// <summary>Checks the version, applies a valid form, saves it and moves on; else shows the stage again.</summary>
    protected async Task<IActionResult> SaveStageAsync<TForm>(
        Report report, PrivacyStage stage, TForm form, Func<Task<Result>> apply, Func<TForm, Task<TForm>> redisplay, CancellationToken ct)
        where TForm : PrivacyStageForm
    {
        Error? error = null;
        if (report.Version != form.Version)
            error = PrivacyErrors.Stale;
        else if (ModelState.IsValid)
            error = (await apply()).Error ?? (await drafts.SaveAsync(report, PrivacyStages.Of(stage).Title, ct)).Error;
        if (error is null && ModelState.IsValid)
        {
            PrivacyDraftCookie.Write(HttpContext, report);
            return Redirect(PrivacyStages.After(stage, form.Nav));
        }

        if (error is not null)
            ModelState.AddError(error);
        if (error == PrivacyErrors.Stale)
        {
            ModelState.Remove(nameof(PrivacyStageForm.Version));
            form = form with { Version = await drafts.CurrentVersionAsync(report.Id, ct) };
        }

        return Stage(report, stage, await redisplay(form));
    }

    protected ViewResult Stage<TModel>(Report report, PrivacyStage stage, TModel model)
    {
        ViewData["Stage"] = PrivacyStageHeader.For(report, stage);
        return View(PrivacyStages.Of(stage).Name, model);
    }
}
