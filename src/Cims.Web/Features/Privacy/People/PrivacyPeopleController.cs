using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Shared.Steps;
using Microsoft.AspNetCore.Mvc;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.People;

/// <summary>
/// Stage 5, Person(s) impacted: the list of saved persons (Next needs one), and a page per person to add, edit
/// or delete them. Each is a plain GET/POST pair that saves and returns to the list.
/// </summary>
[Route("PrivacyReport/People")]
public sealed class PrivacyPeopleController(PrivacyDrafts drafts, PeopleStage people) : PrivacyControllerBase(drafts)
{
    private const string ListUrl = PrivacyStages.Root + "/People";
    private static readonly PrivacyStage Current = PrivacyStage.People;

    [HttpGet("")]
    public Task<IActionResult> People(CancellationToken ct) =>
        WithDraftAsync(Current, async r => Stage(r, Current, await people.ListAsync(r, r.Version, ct)), ct);

    [HttpPost("")]
    public Task<IActionResult> People(PrivacyPeopleListForm form, CancellationToken ct) =>
        WithDraftAsync(Current, async r =>
        {
            var error = r.Version != form.Version ? PrivacyErrors.Stale : form.Nav != StepNav.Back && r.People.Count == 0 ? PeopleStage.NoPeople : null;
            if (error is null)
                return Redirect(PrivacyStages.After(Current, form.Nav));
            ModelState.AddError(error);
            return Stage(r, Current, await people.ListAsync(r, r.Version, ct));
        }, ct);

    [HttpGet("Add")]
    public Task<IActionResult> Add(CancellationToken ct) =>
        WithDraftAsync(Current, async r => r.People.Count >= PrivacyPerson.MaxPerReport
            ? Redirect(ListUrl)
            : Person(r, await people.WithChoicesAsync(new PrivacyPersonForm { Version = r.Version }, ct)), ct);

    [HttpPost("Add")]
    public Task<IActionResult> Add(PrivacyPersonForm form, CancellationToken ct) =>
        WithDraftAsync(Current, r => SaveAsync(r, form, () => people.Save(r, null, form), async f => Person(r, await people.WithChoicesAsync(f, ct)), ct), ct);

    [HttpGet("{personId:int}/Edit")]
    public Task<IActionResult> Edit(int personId, CancellationToken ct) =>
        WithDraftAsync(Current, async r => PeopleStage.Find(r, personId) is { } p
            ? Person(r, await people.WithChoicesAsync(PeopleStage.Form(p) with { Version = r.Version }, ct))
            : NotFound(), ct);

    [HttpPost("{personId:int}/Edit")]
    public Task<IActionResult> Edit(int personId, PrivacyPersonForm form, CancellationToken ct) =>
        WithDraftAsync(Current, r => PeopleStage.Find(r, personId) is null ? NotFoundAsync() : SaveAsync(r, form,
            () => people.Save(r, personId, form), async f => Person(r, await people.WithChoicesAsync(f with { PersonId = personId }, ct)), ct), ct);

    [HttpGet("{personId:int}/Delete")]
    public Task<IActionResult> Delete(int personId, CancellationToken ct) =>
        WithDraftAsync(Current, r => Task.FromResult<IActionResult>(PeopleStage.Find(r, personId) is { } p
            ? Page(r, "DeletePerson", new PrivacyDeletePersonForm { Version = r.Version, Name = p.FullName })
            : NotFound()), ct);

    [HttpPost("{personId:int}/Delete")]
    public Task<IActionResult> Delete(int personId, PrivacyDeletePersonForm form, CancellationToken ct) =>
        WithDraftAsync(Current, r => PeopleStage.Find(r, personId) is not { } p ? NotFoundAsync() : SaveAsync(r, form,
            () => people.Remove(r, personId), f => Task.FromResult<IActionResult>(Page(r, "DeletePerson", f with { Name = p.FullName })), ct), ct);

    /// <summary>Saves the change and returns to the list; else shows the page again with the messages.</summary>
    private Task<IActionResult> SaveAsync<TForm>(Report report, TForm form, Func<Result> apply, Func<TForm, Task<IActionResult>> redisplay, CancellationToken ct)
        where TForm : StepForm =>
        SaveAsync(report, Current, form, () => Task.FromResult(apply()), ListUrl, redisplay, ct);

    private ViewResult Person(Report report, PrivacyPersonForm form) => Page(report, "Person", form);

    private ViewResult Page<TModel>(Report report, string view, TModel model)
    {
        ViewData["Stage"] = PrivacyStageHeader.For(report, Current);
        return View(view, model);
    }

    private Task<IActionResult> NotFoundAsync() => Task.FromResult<IActionResult>(NotFound());
}
