using Cims.Domain.Identity;
using Cims.Web.Features.Learn.Progress;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Learn;

/// <summary>The Learn section: five modules with self-check questions; progress is the signed-in user's own.</summary>
[Route("Learn")]
public sealed class LearnController(LearnProgress progress, LearnRulesSource rules) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var roles = Roles.All.Where(User.IsInRole).ToList();
        var modules = LearnCatalogue.ForUser(roles);
        var summary = await progress.SummaryAsync(User.UserId(), ct);
        return View("/Features/Learn/Index.cshtml", new LearnIndexPage(
            [.. modules.Where(m => m.IsFor(roles))], [.. modules.Where(m => !m.IsFor(roles))], summary));
    }

    [HttpGet("{module}")]
    public async Task<IActionResult> Module(string module, CancellationToken ct)
    {
        if (LearnCatalogue.Find(module) is not { } found)
            return NotFound();
        var chosen = await progress.ChosenAsync(User.UserId(), found.Key, ct);
        return View("/Features/Learn/Module.cshtml", new ModulePage(found, await rules.GetAsync(ct), chosen, ShowResults: true));
    }

    [HttpPost("{module}")]
    public async Task<IActionResult> Answer(string module, [FromServices] AnswerQuestions answer, CancellationToken ct)
    {
        if (LearnCatalogue.Find(module) is not { } found)
            return NotFound();
        var posted = (await Request.ReadFormAsync(ct)).ToDictionary(f => f.Key, f => f.Value.ToString());
        var errors = await answer.RunAsync(User.UserId(), found, posted, ct);
        if (errors.Count == 0)
            return Redirect($"/Learn/{found.Key}#results");
        foreach (var error in errors)
            ModelState.AddError(error);
        var kept = found.Questions.Where(q => posted.ContainsKey(AnswerQuestions.FieldOf(q)))
            .ToDictionary(q => q.Key, q => posted[AnswerQuestions.FieldOf(q)]);
        return View("/Features/Learn/Module.cshtml", new ModulePage(found, await rules.GetAsync(ct), kept, ShowResults: false));
    }
}
