using System.Globalization;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Holidays;

/// <summary>Deletes a holiday (it becomes a business day again), with an audit entry.</summary>
public sealed class DeleteHoliday(CimsDbContext db, AuditLog audit, HolidayCalendarProvider calendar)
{
    public async Task<Result<DateOnly>> RunAsync(int id, Guid? version, CancellationToken ct)
    {
        var holiday = await db.PublicHolidays.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (holiday is null)
            return HolidayErrors.NotFound;
        if (holiday.Version != version)
            return HolidayErrors.Concurrency;
        db.PublicHolidays.Remove(holiday);
        audit.Record("holiday.deleted", "PublicHoliday", id.ToString(CultureInfo.InvariantCulture),
            $"Date: {AustralianDate.Format(holiday.Date)}\nName: {holiday.Name}");
        var saved = await db.SaveOrStaleAsync(HolidayErrors.Concurrency, ct);
        if (saved.Failed)
            return saved.Error;

        calendar.Invalidate();
        return Result<DateOnly>.Ok(holiday.Date);
    }
}
