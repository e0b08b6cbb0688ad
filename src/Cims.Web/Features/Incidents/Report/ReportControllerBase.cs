using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Shared.Steps;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Report;

/// <summary>
/// What every page of the report form does alike: load the reporter's own editable report (else 404),
/// then, through the step kernel, refuse a stale version, save the step and go where the button said,
/// or show the page again with the typed values and the messages.
/// </summary>
public abstract class ReportControllerBase(DraftStore drafts) : StepControllerBase<Incident>
{
    protected DraftStore Store => drafts;

    protected override Error Stale => ReportErrors.Stale;

    protected override Guid VersionOf(Incident draft) => draft.Version;

    protected override Task<Guid> CurrentVersionAsync(Incident draft, CancellationToken ct) => drafts.CurrentVersionAsync(draft.Id, ct);

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

    /// <summary>Checks the version, applies a valid form and saves it as this step; the error to show, if any.</summary>
    protected Task<Error?> SaveAsync(Incident incident, StepForm form, ReportStep step, Func<Task<Result>> apply, CancellationToken ct) =>
        SaveStepAsync(incident, form, apply, () => drafts.SaveAsync(incident, step, ct));

    protected IActionResult Saved(int id, ReportStep step, string? nav)
    {
        TempData["Flash"] = nav == StepNav.Later ? "Your report was saved. Continue it from this list when you are ready." : $"{step.Title} saved.";
        return Redirect(ReportSteps.After(id, step, nav));
    }

    protected async Task<IActionResult> RedisplayAsync<TForm>(Incident incident, ReportStep step, string view, TForm form, Error? error, CancellationToken ct)
        where TForm : StepForm =>
        Page(incident, step, view, await RedisplayFormAsync(incident, form, error, ct));

    protected ViewResult Page<TModel>(Incident incident, ReportStep step, string view, TModel model)
    {
        ViewData["Report"] = new ReportHeader(incident.Id, step, incident.ReturnReason, incident.Version);
        return View(view, model);
    }
}
