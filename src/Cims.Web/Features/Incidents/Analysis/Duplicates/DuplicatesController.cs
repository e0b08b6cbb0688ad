using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Analysis.Duplicates;

/// <summary>
/// Likely duplicates across providers, for department staff: the suggested pairs (<c>/Analysis/Duplicates</c>), and
/// each pair side by side to link as one incident or dismiss with a reason (<c>/Analysis/Duplicates/{a}/{b}</c>).
/// The decision, who made it and when are kept and audited; a decided pair is not suggested again.
/// </summary>
[Authorize]
public sealed class DuplicatesController(FindDuplicates find, CimsDbContext db) : Controller
{
    [HttpGet("/Analysis/Duplicates")]
    public async Task<IActionResult> Index(AnalysisFilters filters, [FromServices] TimeProvider time, CancellationToken ct)
    {
        if (!MayDecide())
            return Forbid();
        filters = filters.OrLastYear(Infrastructure.Time.MelbourneTime.Today(time));
        var names = await AnalysisLookups.ForAsync(db, User, ct);
        var recent = await db.DuplicateDecisions.OrderByDescending(d => d.DecidedAt).Take(10)
            .Join(db.Incidents, d => d.IncidentId, i => i.Id, (d, i) => new { d, i.Number })
            .Join(db.Incidents, x => x.d.OtherIncidentId, i => i.Id, (x, i) => new DecisionRow(x.d.IncidentId, x.Number, x.d.OtherIncidentId, i.Number, x.d.Verdict, x.d.Reason, x.d.DecidedByName, x.d.DecidedAt))
            .ToListAsync(ct);
        return View(new DuplicatesPage(filters, names, ModelState.IsValid ? await find.ListAsync(filters, User, ct) : null, recent));
    }

    [HttpGet("/Analysis/Duplicates/{one:int}/{other:int}")]
    public async Task<IActionResult> Decide(int one, int other, CancellationToken ct)
    {
        if (!MayDecide())
            return Forbid();
        return await find.CaseAsync(one, other, User, ct) is { } found ? View(await PageAsync(found, new DecideForm(), ct)) : NotFound();
    }

    [HttpPost("/Analysis/Duplicates/{one:int}/{other:int}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Decide(int one, int other, DecideForm form, [FromServices] AuditLog audit, [FromServices] TimeProvider time, CancellationToken ct)
    {
        if (!MayDecide())
            return Forbid();
        if (await find.CaseAsync(one, other, User, ct) is not { } found)
            return NotFound();
        if (!ModelState.IsValid)
            return View(await PageAsync(found, form, ct));
        var decided = DuplicateDecision.Decide(
            found.One.Id, found.Other.Id, form.Verdict!.Value, form.Reason, found.Decision is not null, new Actor(User.UserId(), User.DisplayName()), time.GetUtcNow());
        if (decided.Failed)
            return await RefusedAsync(decided.Error!);
        db.DuplicateDecisions.Add(decided.Value!);
        var decision = decided.Value!;
        audit.Record(
            decision.Verdict == DuplicateVerdict.Linked ? "duplicate.linked" : "duplicate.dismissed", "Incident", found.One.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{found.One.Number} and {found.Other.Number}{(decision.Reason is null ? "" : $": {decision.Reason}")}");
        var saved = await db.SaveOrStaleAsync(DuplicateErrors.AlreadyDecided, ct);
        if (saved.Failed)
            return await RefusedAsync(saved.Error!);
        TempData["Flash"] = decision.Verdict == DuplicateVerdict.Linked
            ? $"{found.One.Number} and {found.Other.Number} are linked as one incident."
            : $"{found.One.Number} and {found.Other.Number} are not the same incident: they will not be suggested again.";
        return Redirect("/Analysis/Duplicates");

        async Task<IActionResult> RefusedAsync(Domain.Common.Error error)
        {
            ModelState.AddModelError(error.Field ?? "", error.Message);
            return View(await PageAsync(found, form, ct));
        }
    }

    /// <summary>Department staff: a case need, and the department's view of every organisation.</summary>
    private bool MayDecide() => User.IsDepartment() && User.IsInRole(Roles.DepartmentStaff);

    private async Task<DecidePage> PageAsync(DuplicateCase found, DecideForm form, CancellationToken ct) =>
        new(found, form, await AnalysisLookups.ForAsync(db, User, ct));
}

public sealed record DecisionRow(int Id, string? Number, int OtherId, string? OtherNumber, DuplicateVerdict Verdict, string? Reason, string DecidedBy, DateTimeOffset DecidedAt);

public sealed record DuplicatesPage(AnalysisFilters Filters, AnalysisLookups Names, PageOf<DuplicatePair>? Pairs, IReadOnlyList<DecisionRow> Recent);

public sealed record DecidePage(DuplicateCase Case, DecideForm Form, AnalysisLookups Names);

/// <summary>Link the two reports as one incident, or dismiss the suggestion with a reason.</summary>
public sealed record DecideForm
{
    public DuplicateVerdict? Verdict { get; init; }

    public string? Reason { get; init; }
}

public sealed class DecideFormValidator : AbstractValidator<DecideForm>
{
    public DecideFormValidator()
    {
        RuleFor(f => f.Verdict).NotNull().WithMessage("Choose whether these are the same incident.").IsInEnum().WithMessage("Choose whether these are the same incident.");
        RuleFor(f => f.Reason).NotEmpty().When(f => f.Verdict == DuplicateVerdict.Dismissed).WithMessage(DuplicateErrors.ReasonRequired.Message)
            .MaximumLength(DuplicateDecision.ReasonMaxLength).WithMessage(DuplicateErrors.ReasonTooLong.Message);
    }
}
