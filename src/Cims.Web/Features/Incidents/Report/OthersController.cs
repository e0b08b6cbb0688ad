using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Report;

/// <summary>Others involved: the list (none or more), and a form per person to add, change or remove.</summary>
[Route("Incidents/Report/{id:int}/Others")]
public sealed class OthersController(DraftStore drafts, OtherStep others) : ReportControllerBase(drafts)
{
    private static readonly ReportStep Step = ReportSteps.Others;

    [HttpGet("")]
    public async Task<IActionResult> Others(int id, CancellationToken ct) =>
        await Store.LoadAsync(User, id, ct) is { } incident ? Page(incident, Step, "Others", PeopleListForm.For(incident)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Others(int id, PeopleListForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident)
            return NotFound();
        var error = await SaveAsync(incident, form, Step, () => Task.FromResult(Result.Ok()), ct);
        return error is null ? Saved(id, Step, form.Nav) : await RedisplayAsync(incident, Step, "Others", PeopleListForm.For(incident, form.Version), error, ct);
    }

    [HttpGet("Add")]
    public async Task<IActionResult> Add(int id, CancellationToken ct) => await FormPageAsync(id, null, ct);

    [HttpPost("Add")]
    public async Task<IActionResult> Add(int id, OtherForm form, CancellationToken ct) => await SavePersonAsync(id, null, form, ct);

    [HttpGet("{position:int}")]
    public async Task<IActionResult> Edit(int id, int position, CancellationToken ct) => await FormPageAsync(id, position, ct);

    [HttpPost("{position:int}")]
    public async Task<IActionResult> Edit(int id, int position, OtherForm form, CancellationToken ct) => await SavePersonAsync(id, position, form, ct);

    [HttpGet("{position:int}/Remove")]
    public async Task<IActionResult> Remove(int id, int position, CancellationToken ct) =>
        await Store.LoadAsync(User, id, ct) is { } incident && OtherStep.Exists(incident, position)
            ? Page(incident, Step, "Remove", RemoveForm(incident, position, incident.Version)) : NotFound();

    [HttpPost("{position:int}/Remove")]
    public async Task<IActionResult> Remove(int id, int position, RemoveForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || !OtherStep.Exists(incident, position))
            return NotFound();
        var what = RemoveForm(incident, position, form.Version);
        var error = await SaveAsync(incident, form, Step, () => Task.FromResult(others.Remove(incident, position)), ct);
        return error is null ? Saved(id, Step, StepNav.Stay) : await RedisplayAsync(incident, Step, "Remove", what, error, ct);
    }

    private async Task<IActionResult> FormPageAsync(int id, int? position, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || (position is { } p && !OtherStep.Exists(incident, p)))
            return NotFound();
        var form = position is { } n ? OtherStep.Form(incident.Others.Single(o => o.Position == n)) : new OtherForm();
        return Page(incident, Step, "Other", form with { Version = incident.Version });
    }

    private async Task<IActionResult> SavePersonAsync(int id, int? position, OtherForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || (position is { } p && !OtherStep.Exists(incident, p)))
            return NotFound();
        var error = await SaveAsync(incident, form, Step, () => Task.FromResult(others.Apply(incident, position, form)), ct);
        if (error is null && ModelState.IsValid)
            return Saved(id, Step, StepNav.Stay);
        return await RedisplayAsync(incident, Step, "Other", form, error, ct);
    }

    private static RemoveForm RemoveForm(Incident incident, int position, Guid? version) => new()
    {
        Version = version,
        What = $"person {position}, {incident.Others.Single(o => o.Position == position).Name}",
        BackTo = ReportSteps.Url(incident.Id, Step),
    };
}
