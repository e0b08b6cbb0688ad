using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Holidays;

public sealed record HolidayRow(int Id, DateOnly Date, string Name, bool IsGenerated);

public sealed record HolidayYearPage(int Year, IReadOnlyList<HolidayRow> Holidays, IReadOnlyList<int> Years)
{
    public bool CanGenerate => Holidays.Count == 0 && Year is >= HolidayYears.FirstGenerated and <= HolidayYears.LastGenerated;
}

/// <summary>The public holidays of one year (the current Melbourne year by default), in date order.</summary>
public sealed class GetHolidayYear(CimsDbContext db, TimeProvider clock)
{
    public async Task<HolidayYearPage> RunAsync(int? year, CancellationToken ct)
    {
        var shown = year ?? clock.Today().Year;
        var from = new DateOnly(shown, 1, 1);
        var to = new DateOnly(shown, 12, 31);
        var holidays = await db.PublicHolidays.AsNoTracking()
            .Where(h => h.Date >= from && h.Date <= to)
            .OrderBy(h => h.Date).ThenBy(h => h.Name)
            .Select(h => new HolidayRow(h.Id, h.Date, h.Name, h.IsGenerated))
            .ToListAsync(ct);
        var years = Enumerable.Range(HolidayYears.FirstGenerated, HolidayYears.LastGenerated - HolidayYears.FirstGenerated + 1)
            .Append(shown).Distinct().Order().ToList();
        return new HolidayYearPage(shown, holidays, years);
    }
}
