using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Report;

/// <summary>Clients involved: the list (1 to 10 before continuing), and a form per client to add, change or remove.</summary>
[Route("Incidents/Report/{id:int}/Clients")]
public sealed class ClientsController(DraftStore drafts, ClientStep clients) : ReportControllerBase(drafts)
{
    private static readonly ReportStep Step = ReportSteps.Clients;

    [HttpGet("")]
    public async Task<IActionResult> Clients(int id, CancellationToken ct) =>
        await Store.LoadAsync(User, id, ct) is { } incident ? Page(incident, Step, "Clients", PeopleListForm.For(incident)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Clients(int id, PeopleListForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident)
            return NotFound();
        var empty = form.Nav is not (StepNav.Back or StepNav.Later) && incident.Clients.Count == 0;
        var error = empty ? ReportErrors.NoClients : await SaveAsync(incident, form, Step, () => Task.FromResult(Result.Ok()), ct);
        return error is null ? Saved(id, Step, form.Nav) : await RedisplayAsync(incident, Step, "Clients", PeopleListForm.For(incident, form.Version), error, ct);
    }

    [HttpGet("Add")]
    public async Task<IActionResult> Add(int id, CancellationToken ct) => await FormPageAsync(id, null, ct);

    [HttpPost("Add")]
    public async Task<IActionResult> Add(int id, ClientForm form, CancellationToken ct) => await SaveClientAsync(id, null, form, ct);

    [HttpGet("{position:int}")]
    public async Task<IActionResult> Edit(int id, int position, CancellationToken ct) => await FormPageAsync(id, position, ct);

    [HttpPost("{position:int}")]
    public async Task<IActionResult> Edit(int id, int position, ClientForm form, CancellationToken ct) => await SaveClientAsync(id, position, form, ct);

    [HttpGet("{position:int}/Remove")]
    public async Task<IActionResult> Remove(int id, int position, CancellationToken ct) =>
        await Store.LoadAsync(User, id, ct) is { } incident && ClientStep.Exists(incident, position)
            ? Page(incident, Step, "Remove", RemoveForm(incident, position, incident.Version)) : NotFound();

    [HttpPost("{position:int}/Remove")]
    public async Task<IActionResult> Remove(int id, int position, RemoveForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || !ClientStep.Exists(incident, position))
            return NotFound();
        var what = RemoveForm(incident, position, form.Version);
        var error = await SaveAsync(incident, form, Step, () => Task.FromResult(clients.Remove(incident, position)), ct);
        return error is null ? Saved(id, Step, StepNav.Stay) : await RedisplayAsync(incident, Step, "Remove", what, error, ct);
    }

    private async Task<IActionResult> FormPageAsync(int id, int? position, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || (position is { } p && !ClientStep.Exists(incident, p)))
            return NotFound();
        if (position is null && incident.Clients.Count >= ClientInvolved.MaxPerIncident)
            return Redirect(ReportSteps.Url(id, Step));
        var form = position is { } n ? ClientStep.Form(incident.Clients.Single(c => c.Position == n)) : new ClientForm();
        return Page(incident, Step, "Client", await clients.WithChoicesAsync(form with { Version = incident.Version }, ct));
    }

    private async Task<IActionResult> SaveClientAsync(int id, int? position, ClientForm form, CancellationToken ct)
    {
        if (await Store.LoadAsync(User, id, ct) is not { } incident || (position is { } p && !ClientStep.Exists(incident, p)))
            return NotFound();
        var error = await SaveAsync(incident, form, Step, () => clients.ApplyAsync(incident, position, form, ct), ct);
        if (error is null && ModelState.IsValid)
            return Saved(id, Step, StepNav.Stay);
        return await RedisplayAsync(incident, Step, "Client", await clients.WithChoicesAsync(form, ct), error, ct);
    }

    private static RemoveForm RemoveForm(Incident incident, int position, Guid? version) => new()
    {
        Version = version,
        What = $"client {position}, {incident.Clients.Single(c => c.Position == position).FullName}",
        BackTo = ReportSteps.Url(incident.Id, Step),
    };
}
