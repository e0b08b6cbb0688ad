using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Report;

/// <summary>
/// What every page of the report form does alike: load the reporter's own editable report (else 404),
/// refuse a stale version, save the step and go where the button said, or show the page again with
/// the typed values and the messages.
/// </summary>
public abstract class ReportControllerBase(DraftStore drafts) : Controller
{
    protected DraftStore Store => drafts;

    protected async Task<IActionResult> StepGetAsync<TForm>(int id, IReportStep<TForm> step, CancellationToken ct)
        where TForm : StepForm
    {
        var incident = await drafts.LoadAsync(User, id, ct);
        if (incident is null)
            return NotFound();
        var form = await step.FormAsync(incident, User, ct) with { Version = incident.Version };
        return Page(incident, step.Step, step.Step.Name, form);
    }

    protected async Task<IActionResult> StepPostAsync<TForm>(int id, TForm form, IReportStep<TForm> step, CancellationToken ct)
        where TForm : StepForm
    {
        var incident = await drafts.LoadAsync(User, id, ct);
        if (incident is null)
            return NotFound();
        var error = await SaveAsync(incident, form, step.Step, () => step.ApplyAsync(incident, form, ct), ct);
        if (error is null && ModelState.IsValid)
            return Saved(id, step.Step, form.Nav);
        return await RedisplayAsync(incident, step.Step, step.Step.Name, await step.WithChoicesAsync(incident, form, ct), error, ct);
    }

    /// <summary>Checks the version, applies a valid form and saves it; the error to show, if any.</summary>
    protected async Task<Error?> SaveAsync(Incident incident, StepForm form, ReportStep step, Func<Task<Result>> apply, CancellationToken ct)
    {
        if (incident.Version != form.Version)
            return ReportErrors.Stale;
        if (!ModelState.IsValid)
            return null;
        return (await apply()).Error ?? (await drafts.SaveAsync(incident, step, ct)).Error;
    }

    protected IActionResult Saved(int id, ReportStep step, string? nav)
    {
        TempData["Flash"] = nav == StepNav.Later ? "Your report was saved. Continue it from this list when you are ready." : $"{step.Title} saved.";
        return Redirect(ReportSteps.After(id, step, nav));
    }

    protected async Task<IActionResult> RedisplayAsync<TForm>(Incident incident, ReportStep step, string view, TForm form, Error? error, CancellationToken ct)
        where TForm : StepForm
    {
        if (error is not null)
            ModelState.AddError(error);
        if (error == ReportErrors.Stale)
        {
            ModelState.Remove(nameof(StepForm.Version));
            form = form with { Version = await drafts.CurrentVersionAsync(incident.Id, ct) };
        }

        return Page(incident, step, view, form);
    }

    protected ViewResult Page<TModel>(Incident incident, ReportStep step, string view, TModel model)
    {
        ViewData["Report"] = new ReportHeader(incident.Id, step, incident.ReturnReason, incident.Version);
        return View(view, model);
    }
}
