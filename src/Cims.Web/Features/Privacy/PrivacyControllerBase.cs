using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Shared.Steps;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy;

/// <summary>
/// What every page of the public wizard does alike: find the draft behind the cookie (else back to the
/// landing page, or the "expired" page), keep stages behind their earlier stages, and, through the step
/// kernel, save a stage and go where the button said, or show the page again with the typed values and the messages.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.RateLimitPolicy)]
public abstract class PrivacyControllerBase(PrivacyDrafts drafts) : StepControllerBase<Report>
{
    protected PrivacyDrafts Drafts => drafts;

    protected override Error Stale => PrivacyErrors.Stale;

    protected override Guid VersionOf(Report draft) => draft.Version;

    protected override Task<Guid> CurrentVersionAsync(Report draft, CancellationToken ct) => drafts.CurrentVersionAsync(draft.Id, ct);

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
    protected Task<IActionResult> SaveStageAsync<TForm>(
        Report report, PrivacyStage stage, TForm form, Func<Task<Result>> apply, Func<TForm, Task<TForm>> redisplay, CancellationToken ct)
        where TForm : StepForm =>
        SaveAsync(report, stage, form, apply, PrivacyStages.After(stage, form.Nav), async f => Stage(report, stage, await redisplay(f)), ct);

    /// <summary>Checks the version, applies a valid form, saves it and goes to <paramref name="then"/>; else shows the page again.</summary>
    protected async Task<IActionResult> SaveAsync<TForm>(
        Report report, PrivacyStage stage, TForm form, Func<Task<Result>> apply, string then, Func<TForm, Task<IActionResult>> redisplay, CancellationToken ct)
        where TForm : StepForm
    {
        var error = await SaveStepAsync(report, form, apply, () => drafts.SaveAsync(report, PrivacyStages.Of(stage).Title, ct));
        if (error is null && ModelState.IsValid)
        {
            PrivacyDraftCookie.Write(HttpContext, report);
            return Redirect(then);
        }

        return await redisplay(await RedisplayFormAsync(report, form, error, ct));
    }

    protected ViewResult Stage<TModel>(Report report, PrivacyStage stage, TModel model)
    {
        ViewData["Stage"] = PrivacyStageHeader.For(report, stage);
        return View(PrivacyStages.Of(stage).Name, model);
    }
}
