using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Analysis.Lessons;

/// <summary>The de-identified lessons library (<c>/Lessons</c>), open to every signed-in user of every organisation.</summary>
[Authorize]
public sealed class LessonsController(BrowseLessons browse) : Controller
{
    [HttpGet("/Lessons")]
    public async Task<IActionResult> Index(LessonFilters filters, CancellationToken ct) =>
        View(await browse.RunAsync(ModelState.IsValid ? filters : new LessonFilters(), ct));
}
