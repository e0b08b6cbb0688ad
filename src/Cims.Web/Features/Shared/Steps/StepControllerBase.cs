using Cims.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Shared.Steps;

/// <summary>
/// What every step of a form in steps does alike, whoever keeps the draft: refuse a form posted from an older
/// version of the draft, apply a valid form and save the draft, or show the step again with the typed values,
/// the message and, after a stale save, the current version (so saving again keeps what was typed).
/// The feature says how its draft is versioned, saved and shown.
/// </summary>
/// <typeparam name="TDraft">The draft the steps fill in.</typeparam>
public abstract class StepControllerBase<TDraft> : Controller
{
    /// <summary>The error shown when someone else saved the draft after the form was opened.</summary>
    protected abstract Error Stale { get; }

    protected abstract Guid VersionOf(TDraft draft);

    /// <summary>The latest saved version, read again after a stale save.</summary>
    protected abstract Task<Guid> CurrentVersionAsync(TDraft draft, CancellationToken ct);

    /// <summary>
    /// Checks the version, then applies a valid form and saves the draft: the error to show, if any
    /// (none with an invalid form: its messages are already in ModelState).
    /// </summary>
    protected async Task<Error?> SaveStepAsync(TDraft draft, StepForm form, Func<Task<Result>> apply, Func<Task<Result>> save)
    {
        if (VersionOf(draft) != form.Version)
            return Stale;
        if (!ModelState.IsValid)
            return null;
        return (await apply()).Error ?? (await save()).Error;
    }

    /// <summary>The form to show again: the error goes into ModelState, and a stale form takes the current version.</summary>
    protected async Task<TForm> RedisplayFormAsync<TForm>(TDraft draft, TForm form, Error? error, CancellationToken ct)
        where TForm : StepForm
    {
        if (error is not null)
            ModelState.AddError(error);
        if (error != Stale)
            return form;
        ModelState.Remove(nameof(StepForm.Version));
        return form with { Version = await CurrentVersionAsync(draft, ct) };
    }
}
