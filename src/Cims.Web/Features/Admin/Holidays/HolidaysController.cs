using Cims.Domain.Common;
using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Admin.Holidays;

[Authorize(Policy = Policies.CimsAdministrator)]
[Route("Holidays")]
public sealed class HolidaysController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, [FromServices] GetHolidayYear query, CancellationToken ct) =>
        year is { } y && !HolidayYears.IsViewable(y) ? NotFound() : View(await query.RunAsync(year, ct));

    [HttpPost("Generate")]
    public async Task<IActionResult> Generate(
        GenerateYearForm form, [FromServices] GenerateHolidayYear generate, [FromServices] GetHolidayYear query, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await generate.RunAsync(form.Year!.Value, ct) : default;
        if (ModelState.IsValid && !result.Failed)
            return Done(form.Year!.Value, $"Added {result.Value} public holidays for {form.Year}. Check them against the published dates.");
        AddError(result.Error);
        var shown = form.Year is { } y && HolidayYears.IsViewable(y) ? y : (int?)null;
        return View(nameof(Index), await query.RunAsync(shown, ct));
    }

    [HttpGet("Add")]
    public IActionResult Add() => FormView(new HolidayForm(), id: null);

    [HttpPost("Add")]
    public async Task<IActionResult> Add(HolidayForm form, [FromServices] AddHoliday add, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await add.RunAsync(form, ct) : default;
        if (ModelState.IsValid && !result.Failed)
            return Done(result.Value.Year, $"Added “{form.Name!.Trim()}” on {AustralianDate.Format(result.Value)}.");
        AddError(result.Error);
        return FormView(form, id: null);
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, [FromServices] GetHoliday query, CancellationToken ct) =>
        await query.RunAsync(id, ct) is { } holiday ? FormView(holiday.ToForm(), id) : NotFound();

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit(
        int id, HolidayForm form, [FromServices] EditHoliday edit, [FromServices] GetHoliday query, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await edit.RunAsync(id, form, ct) : default;
        if (result.Error is { IsNotFound: true })
            return NotFound();
        if (ModelState.IsValid && !result.Failed)
            return Done(result.Value.Year, $"Saved “{form.Name!.Trim()}” on {AustralianDate.Format(result.Value)}.");
        AddError(result.Error);
        if (result.Error == HolidayErrors.Concurrency && await query.RunAsync(id, ct) is { } saved)
            return Conflict(form, saved);
        return FormView(form, id);
    }

    [HttpGet("{id:int}/Delete")]
    public async Task<IActionResult> Delete(int id, [FromServices] GetHoliday query, CancellationToken ct) =>
        await query.RunAsync(id, ct) is { } holiday ? View(holiday) : NotFound();

    [HttpPost("{id:int}/Delete")]
    public async Task<IActionResult> Delete(
        int id, DeleteHolidayForm form, [FromServices] DeleteHoliday delete, [FromServices] GetHoliday query, CancellationToken ct)
    {
        var result = await delete.RunAsync(id, form.Version, ct);
        if (!result.Failed)
            return Done(result.Value.Year, "The public holiday has been deleted.");
        AddError(result.Error);
        return await query.RunAsync(id, ct) is { } holiday ? View(holiday) : NotFound();
    }

    private RedirectToActionResult Done(int year, string message)
    {
        TempData["Flash"] = message;
        return RedirectToAction(nameof(Index), new { year });
    }

    private ViewResult FormView(HolidayForm form, int? id)
    {
        ViewData["HolidayId"] = id;
        return View("Edit", form);
    }

    /// <summary>Keeps what was typed, shows what is saved now, and takes the saved version so a second save replaces it.</summary>
    private ViewResult Conflict(HolidayForm form, HolidayDetails saved)
    {
        ModelState.Remove(nameof(HolidayForm.Version));
        ViewData["Saved"] = saved;
        return FormView(form with { Version = saved.Version }, saved.Id);
    }

    private void AddError(Error? error)
    {
        if (error is not null)
            ModelState.AddModelError(error.Field ?? string.Empty, error.Message);
    }
}
