using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.ActionRegister;

/// <summary>The action register: investigation recommendations and review actions tracked to completion, filtered on the server.</summary>
[Route("Actions")]
public sealed class ActionsController(ListActions list) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? view, int? organisationId, int? page, CancellationToken ct) =>
        View(await list.RunAsync(ActionFilters.From(view, organisationId, page), User, ct));
}
