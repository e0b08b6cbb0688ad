using System.Text.RegularExpressions;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cims.Web.Features.Incidents.Analysis.Repeats;

/// <summary>
/// Repeat clients and repeat subjects of allegation (<c>/Analysis/Repeats</c>): the people in several of the incidents
/// the filters select, under pseudonymous keys, with their CSV. Department staff and an organisation's delegates and
/// administrators may reveal who a key stands for, giving a reason that is audited; analysts never see who they are.
/// With no dates given, the period is the last twelve months.
/// </summary>
[Authorize]
public sealed partial class RepeatsController(FindRepeats find, CimsDbContext db, TimeProvider time) : Controller
{
    public const int PageSize = 25;

    [HttpGet("/Analysis/Repeats")]
    public async Task<IActionResult> Index(AnalysisFilters filters, RepeatPerson person, bool across, CancellationToken ct)
    {
        if (!AnalysisScope.MaySee(User))
            return Forbid();
        filters = InPeriod(filters);
        var names = await AnalysisLookups.ForAsync(db, User, ct);
        PageOf<RepeatGroup>? groups = null;
        if (ModelState.IsValid)
        {
            var found = Across(await find.RunAsync(filters, person, User, ct), across);
            var pages = Math.Max(1, (found.Count + PageSize - 1) / PageSize);
            var current = Math.Clamp(filters.Page ?? 1, 1, pages);
            groups = new PageOf<RepeatGroup>([.. found.Skip((current - 1) * PageSize).Take(PageSize)], current, pages, found.Count);
        }

        return View(new RepeatsPage(filters, person, across, names, groups, AnalysisScope.IsDeidentified(User), MayReveal()));
    }

    [HttpGet("/Analysis/Repeats.csv")]
    public async Task<IActionResult> Csv(
        AnalysisFilters filters, RepeatPerson person, bool across, [FromServices] AnalysisCsv csv, [FromServices] SecurityEvents events, CancellationToken ct)
    {
        if (!AnalysisScope.MaySee(User))
            return Forbid();
        filters = InPeriod(filters);
        if (!ModelState.IsValid)
            return await Index(filters, person, across, ct);
        var names = await AnalysisLookups.ForAsync(db, User, ct);
        var groups = Across(await find.RunAsync(filters, person, User, ct), across);
        Response.ContentType = "text/csv; charset=utf-8";
        var what = person == RepeatPerson.Clients ? "repeat-clients" : "repeat-subjects";
        var fileName = csv.FileName(across ? what + "-across-organisations" : what, filters);
        Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        await csv.WriteRepeatsAsync(Response.Body, groups, names, ct);
        await events.RecordExportAsync(fileName, groups.Count);
        return new EmptyResult();
    }

    [HttpGet("/Analysis/Repeats/{key}/Reveal")]
    public async Task<IActionResult> Reveal(string key, AnalysisFilters filters, RepeatPerson person, CancellationToken ct)
    {
        if (!MayReveal())
            return Forbid();
        filters = InPeriod(filters);
        return ModelState.IsValid && KeyShape().IsMatch(key) && await GroupAsync(key, filters, person, ct) is { } group
            ? View(new RevealPage(group, filters, new RevealForm()))
            : NotFound();
    }

    [HttpPost("/Analysis/Repeats/{key}/Reveal")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reveal(
        string key, [FromForm] RevealForm form, [FromQuery] AnalysisFilters filters, [FromQuery] RepeatPerson person,
        [FromServices] AuditLog audit, CancellationToken ct)
    {
        if (!MayReveal())
            return Forbid();
        filters = InPeriod(filters);
        var filtersValid = ModelState.Where(e => e.Key != nameof(RevealForm.Reason)).All(e => e.Value?.ValidationState != ModelValidationState.Invalid);
        if (!filtersValid || !KeyShape().IsMatch(key) || await GroupAsync(key, filters, person, ct) is not { } group)
            return NotFound();
        if (!ModelState.IsValid)
            return View(nameof(Reveal), new RevealPage(group, filters, form));

        audit.Record("repeat.revealed", "RepeatPerson", key,
            $"Reason: {form.Reason!.Trim()}\nIncidents: {string.Join(", ", group.Incidents.Select(i => i.Number))}\nFilters: {filters.Query()}");
        await db.SaveChangesAsync(ct);
        return View("Revealed", new RevealPage(group, filters, form));
    }

    /// <summary>Who may see who a key stands for: those with a case need (department staff, the organisation's delegates and administrators).</summary>
    private bool MayReveal() => AnalysisScope.MaySee(User) && !AnalysisScope.IsDeidentified(User);

    private async Task<RepeatGroup?> GroupAsync(string key, AnalysisFilters filters, RepeatPerson person, CancellationToken ct) =>
        (await find.RunAsync(filters, person, User, ct)).FirstOrDefault(g => g.Key == key);

    private static List<RepeatGroup> Across(IReadOnlyList<RepeatGroup> groups, bool across) => [.. groups.Where(g => !across || g.Organisations > 1)];

    /// <summary>With no dates, the last twelve months (Melbourne days).</summary>
    private AnalysisFilters InPeriod(AnalysisFilters filters) => filters.OrLastYear(time.Today());

    [GeneratedRegex("^[CS]-[A-Z2-9]{8}$")]
    private static partial Regex KeyShape();
}

public sealed record RepeatsPage(
    AnalysisFilters Filters, RepeatPerson Person, bool Across, AnalysisLookups Names, PageOf<RepeatGroup>? Groups, bool Deidentified, bool MayReveal)
{
    /// <summary>The page's own choices as query-string pairs, for links and the filter form.</summary>
    public IReadOnlyList<(string Name, string Value)> Choices(RepeatPerson? person = null, bool? across = null) =>
        [("Person", (person ?? Person).ToString()), .. (across ?? Across) ? new[] { ("Across", "true") } : []];

    public string Query(RepeatPerson? person = null, bool? across = null)
    {
        var filters = Filters.Query();
        var choices = string.Join("&", Choices(person, across).Select(c => $"{c.Name}={c.Value}"));
        return filters.Length == 0 ? "?" + choices : filters + "&" + choices;
    }
}

public sealed record RevealPage(RepeatGroup Group, AnalysisFilters Filters, RevealForm Form)
{
    public string Query => (Filters.Query() is { Length: > 0 } q ? q + "&" : "?") + $"Person={Group.Person}";
}

/// <summary>Why the user needs to know who a key stands for.</summary>
public sealed record RevealForm
{
    public const int ReasonMaxLength = 1000;

    public string? Reason { get; init; }
}

public sealed class RevealFormValidator : AbstractValidator<RevealForm>
{
    public RevealFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Give the reason you need to know who this is: it is recorded in the audit log.")
            .MinimumLength(10).WithMessage("Give the reason in a few words (at least 10 characters): it is recorded in the audit log.")
            .MaximumLength(RevealForm.ReasonMaxLength).WithMessage($"Keep the reason under {RevealForm.ReasonMaxLength} characters.");
    }
}
