using System.Globalization;
using Cims.Domain.Calendar;
using Cims.Domain.Common;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Holidays;

/// <summary>Fills a year that has no holidays from the Public Holidays Act rules (<see cref="VictorianHolidays"/>).</summary>
public sealed class GenerateHolidayYear(CimsDbContext db, AuditLog audit, HolidayCalendarProvider calendar)
{
    public async Task<Result<int>> RunAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        if (await db.PublicHolidays.AnyAsync(h => h.Date >= from && h.Date <= to, ct))
            return HolidayErrors.YearNotEmpty(year);
        var holidays = VictorianHolidays.ForYear(year);
        db.PublicHolidays.AddRange(holidays.Select(h => PublicHoliday.Create(h.Date, h.Name, generated: true)));
        audit.Record("holidays.generated", nameof(PublicHoliday), year.ToString(CultureInfo.InvariantCulture),
            string.Join("\n", holidays.Select(h => $"{AustralianDate.Format(h.Date)} {h.Name}")));
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        return Result<int>.Ok(holidays.Count);
    }
}
