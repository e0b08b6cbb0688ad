using Cims.Web.Features.Privacy.Addresses;
using Cims.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Cims.Web.Features.Privacy;

public sealed record ProgramChoice(int Id, string Name);

/// <summary>What stage 1 offers once an organisation is chosen: its areas, programs and service types (each with its program).</summary>
public sealed record OrganisationChoices(IReadOnlyList<Choice> Areas, IReadOnlyList<ProgramChoice> Programs, IReadOnlyList<ServiceTypeChoice> ServiceTypes);

/// <summary>
/// JSON look-ups for the wizard's typing aids (privacy-report.js). The pages never need them: each stage
/// works as a plain form without JavaScript.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicForms.LookupRateLimitPolicy)]
[Route("PrivacyReport")]
public sealed class PrivacyLookupsController : Controller
{
    /// <summary>Victorian suburbs and towns matching what was typed: at most ten, names starting with it first.</summary>
    [HttpGet("Localities")]
    public IActionResult Localities(string? q, [FromServices] VicLocalities localities) => Json(localities.Search(q));

    /// <summary>An active organisation's areas, programs and service types, valid today; 404 for any other organisation.</summary>
    [HttpGet("OrganisationChoices/{id:int}")]
    public async Task<IActionResult> OrganisationChoices(int id, [FromServices] PrivacyChoices choices, CancellationToken ct)
    {
        if (!await choices.IsActiveOrganisationAsync(id, ct))
            return NotFound();
        var types = await choices.ServiceTypesAsync(id, ct);
        var programs = types.Select(t => new ProgramChoice(t.ProgramId, t.Program)).Distinct().ToList();
        return Json(new OrganisationChoices(await choices.AreasAsync(id, ct), programs, types));
    }
}
