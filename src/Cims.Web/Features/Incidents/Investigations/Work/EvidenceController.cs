using Cims.Domain.Common;
using Cims.Web.Features.Incidents.Attachments;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Investigations.Work;

/// <summary>The evidence log (interviews, documents and other evidence, with a file if any) and the contributing factors.</summary>
[Route("Investigations/{id:int}")]
public sealed class EvidenceController(GetInvestigationPage pages, ChangeWork work) : WorkControllerBase(pages)
{
    [HttpGet("Evidence")]
    public Task<IActionResult> Index(int id, [FromQuery] bool tooLarge, CancellationToken ct) =>
        ListAsync(id, null, tooLarge ? AttachmentErrors.TooLarge : null, ct);

    [HttpPost("Evidence")]
    [RequestSizeLimit(AttachmentErrors.MaxDrainBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = AttachmentErrors.MaxRequestBytes)]
    [InvestigationOversizeUpload("Evidence")]
    public async Task<IActionResult> Index(int id, EvidenceForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await ListAsync(id, form, null, ct)
        : await DoneAsync(await work.LogEvidenceAsync(id, await IncidentOfAsync(id, ct), form, User, ct), "The evidence was logged.", $"/Investigations/{id}/Evidence", e => ListAsync(id, form, e, ct));

    [HttpPost("Evidence/{number:int}/Remove")]
    public async Task<IActionResult> Remove(int id, int number, RemoveForm form, CancellationToken ct) =>
        await DoneAsync(await work.RemoveEvidenceAsync(id, number, form, User, ct), $"Evidence {number} was removed from the log.", $"/Investigations/{id}/Evidence", e => ListAsync(id, null, e, ct));

    [HttpGet("Factors")]
    public Task<IActionResult> Factors(int id, CancellationToken ct) => FactorsAsync(id, null, null, ct);

    [HttpPost("Factors")]
    public async Task<IActionResult> Factors(int id, FactorsForm form, CancellationToken ct) =>
        !ModelState.IsValid ? await FactorsAsync(id, form, null, ct)
        : await DoneAsync(await work.SetFactorsAsync(id, form, User, ct), "The contributing factors were saved.", $"/Investigations/{id}", e => FactorsAsync(id, form, e, ct));

    private Task<IActionResult> ListAsync(int id, EvidenceForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "Evidence", page => (typed ?? new EvidenceForm()) with { Version = VersionAfter(error, typed?.Version, page), File = null }, error, ct);

    private Task<IActionResult> FactorsAsync(int id, FactorsForm? typed, Error? error, CancellationToken ct) =>
        ShowAsync(id, "Factors", page => (typed ?? new FactorsForm { Codes = [.. page.Investigation.ContributingFactors], Other = page.Investigation.OtherContributingFactors })
            with
        { Version = VersionAfter(error, typed?.Version, page) }, error, ct);

    /// <summary>The incident the investigation belongs to (its files are the incident's attachments); 0 when not visible, and the change then finds nothing.</summary>
    private async Task<int> IncidentOfAsync(int id, CancellationToken ct) =>
        await Pages.IncidentIdAsync(id, User, ct) ?? 0;
}
