using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Shared.Steps;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Report.People;

/// <summary>
/// The people steps, clients involved (1 to 10 before continuing) and others involved (none or more): each a list,
/// and a form per person to add, change or remove. The list and the removal work alike for both.
/// </summary>
[Route("Incidents/Report/{id:int}")]
public sealed class PeopleController(DraftStore drafts, ClientStep clients, OtherStep others) : ReportControllerBase(drafts)
{
    private const string People = "{people:regex(^(Clients|Others)$)}";

    [HttpGet(People)]
    public async Task<IActionResult> List(int id, string people, CancellationToken ct) =>
        await Store.LoadAsync(User, id, ct) is { } incident ? Page(incident, StepOf(people), StepOf(people).Name, PeopleListForm.For(incident)) : NotFound();

    [HttpPost(People)]
    public async Task<IActionResult> List(int id, string people, PeopleListForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident)
            return NotFound();
        var step = StepOf(people);
        var empty = step == ReportSteps.Clients && form.Nav is not (StepNav.Back or StepNav.Later) && incident.Clients.Count == 0;
        var error = empty ? ReportErrors.NoClients : await SaveAsync(incident, form, step, () => Task.FromResult(Result.Ok()), ct);
        return error is null ? Saved(id, step, form.Nav) : await RedisplayAsync(incident, step, step.Name, PeopleListForm.For(incident, form.Version), error, ct);
    }

    [HttpGet("Clients/Add")]
    public async Task<IActionResult> AddClient(int id, CancellationToken ct) => await ClientPageAsync(id, null, ct);

    [HttpPost("Clients/Add")]
    public async Task<IActionResult> AddClient(int id, ClientForm form, CancellationToken ct) => await SaveClientAsync(id, null, form, ct);

    [HttpGet("Clients/{position:int}")]
    public async Task<IActionResult> EditClient(int id, int position, CancellationToken ct) => await ClientPageAsync(id, position, ct);

    [HttpPost("Clients/{position:int}")]
    public async Task<IActionResult> EditClient(int id, int position, ClientForm form, CancellationToken ct) => await SaveClientAsync(id, position, form, ct);

    [HttpGet("Others/Add")]
    public async Task<IActionResult> AddOther(int id, CancellationToken ct) => await OtherPageAsync(id, null, ct);

    [HttpPost("Others/Add")]
    public async Task<IActionResult> AddOther(int id, OtherForm form, CancellationToken ct) => await SaveOtherAsync(id, null, form, ct);

    [HttpGet("Others/{position:int}")]
    public async Task<IActionResult> EditOther(int id, int position, CancellationToken ct) => await OtherPageAsync(id, position, ct);

    [HttpPost("Others/{position:int}")]
    public async Task<IActionResult> EditOther(int id, int position, OtherForm form, CancellationToken ct) => await SaveOtherAsync(id, position, form, ct);

    [HttpGet(People + "/{position:int}/Remove")]
    public async Task<IActionResult> Remove(int id, string people, int position, CancellationToken ct) =>
        await Store.LoadAsync(User, id, ct) is { } incident && Exists(people, incident, position)
            ? Page(incident, StepOf(people), "Remove", RemoveForm(people, incident, position, incident.Version)) : NotFound();

    [HttpPost(People + "/{position:int}/Remove")]
    public async Task<IActionResult> Remove(int id, string people, int position, RemoveForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || !Exists(people, incident, position))
            return NotFound();
        var step = StepOf(people);
        var what = RemoveForm(people, incident, position, form.Version);
        var error = await SaveAsync(incident, form, step, () => Task.FromResult(IsClients(people) ? clients.Remove(incident, position) : others.Remove(incident, position)), ct);
        return error is null ? Saved(id, step, StepNav.Stay) : await RedisplayAsync(incident, step, "Remove", what, error, ct);
    }

    private async Task<IActionResult> ClientPageAsync(int id, int? position, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || (position is { } p && !ClientStep.Exists(incident, p)))
            return NotFound();
        if (position is null && incident.Clients.Count >= ClientInvolved.MaxPerIncident)
            return Redirect(ReportSteps.Url(id, ReportSteps.Clients));
        var form = position is { } n ? ClientStep.Form(incident.Clients.Single(c => c.Position == n)) : new ClientForm();
        return Page(incident, ReportSteps.Clients, "Client", await clients.WithChoicesAsync(form with { Version = incident.Version }, ct));
    }

    private async Task<IActionResult> SaveClientAsync(int id, int? position, ClientForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || (position is { } p && !ClientStep.Exists(incident, p)))
            return NotFound();
        var error = await SaveAsync(incident, form, ReportSteps.Clients, () => clients.ApplyAsync(incident, position, form, ct), ct);
        if (error is null && ModelState.IsValid)
            return Saved(id, ReportSteps.Clients, StepNav.Stay);
        return await RedisplayAsync(incident, ReportSteps.Clients, "Client", await clients.WithChoicesAsync(form, ct), error, ct);
    }

    private async Task<IActionResult> OtherPageAsync(int id, int? position, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || (position is { } p && !OtherStep.Exists(incident, p)))
            return NotFound();
        var form = position is { } n ? OtherStep.Form(incident.Others.Single(o => o.Position == n)) : new OtherForm();
        return Page(incident, ReportSteps.Others, "Other", form with { Version = incident.Version });
    }

    private async Task<IActionResult> SaveOtherAsync(int id, int? position, OtherForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || (position is { } p && !OtherStep.Exists(incident, p)))
            return NotFound();
        var error = await SaveAsync(incident, form, ReportSteps.Others, () => Task.FromResult(others.Apply(incident, position, form)), ct);
        if (error is null && ModelState.IsValid)
            return Saved(id, ReportSteps.Others, StepNav.Stay);
        return await RedisplayAsync(incident, ReportSteps.Others, "Other", form, error, ct);
    }

    private static bool IsClients(string people) => string.Equals(people, ReportSteps.Clients.Name, StringComparison.OrdinalIgnoreCase);

    private static ReportStep StepOf(string people) => IsClients(people) ? ReportSteps.Clients : ReportSteps.Others;

    private static bool Exists(string people, Incident incident, int position) =>
        IsClients(people) ? ClientStep.Exists(incident, position) : OtherStep.Exists(incident, position);

    private static RemoveForm RemoveForm(string people, Incident incident, int position, Guid? version) => new()
    {
        Version = version,
        What = IsClients(people)
            ? $"client {position}, {incident.Clients.Single(c => c.Position == position).FullName}"
            : $"person {position}, {incident.Others.Single(o => o.Position == position).Name}",
        BackTo = ReportSteps.Url(incident.Id, StepOf(people)),
    };
}
