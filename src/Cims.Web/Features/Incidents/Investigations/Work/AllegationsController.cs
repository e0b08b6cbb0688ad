using Cims.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Work;

/// <summary>The allegations the investigation examines: add, change, decide (the finding with its reasons), remove.</summary>
[Route("Investigations/{id:int}/Allegations")]
public sealed class AllegationsController(GetInvestigationPage pages, ChangeWork work) : WorkControllerBase(pages)
{
    [HttpGet("")]
    public Task<IActionResult> Index(int id, CancellationToken ct) => ListAsync(id, null, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Index(int id, AllegationForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await ListAsync(id, form, null, ct)
        : await DoneAsync(await work.AddAllegationAsync(id, form, User, ct), "The allegation was added.", $"/Investigations/{id}/Allegations", e => ListAsync(id, form, e, ct));

    [HttpGet("{number:int}")]
    public Task<IActionResult> Edit(int id, int number, CancellationToken ct) => EditAsync(id, number, null, null, ct);

    [HttpPost("{number:int}")]
    public async Task<IActionResult> Edit(int id, int number, AllegationForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await EditAsync(id, number, form, null, ct)
        : await DoneAsync(await work.SaveAllegationAsync(id, number, form, User, ct), $"Allegation {number} was saved.", $"/Investigations/{id}/Allegations", e => EditAsync(id, number, form, e, ct));

    [HttpPost("{number:int}/Remove")]
    public async Task<IActionResult> Remove(int id, int number, RemoveForm form, CancellationToken ct) =>
        await DoneAsync(await work.RemoveAllegationAsync(id, number, form, User, ct), $"Allegation {number} was removed.", $"/Investigations/{id}/Allegations", e => ListAsync(id, null, e, ct));

    private Task<IActionResult> ListAsync(int id, AllegationForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "Allegations", page => (typed ?? new AllegationForm()) with { Version = VersionAfter(error, typed?.Version, page) }, error, ct);

    private async Task<IActionResult> EditAsync(int id, int number, AllegationForm? typed, Error? error, CancellationToken ct)
    {
        ViewData["Number"] = number;
        return await ShowAsync(id, "Allegation", page => page.Investigation.Allegations.SingleOrDefault(a => a.Number == number) is { } allegation
            ? (typed ?? AllegationForm.From(allegation, page.Investigation.Version)) with { Version = VersionAfter(error, typed?.Version, page) }
            : null, error, ct);
    }
}
