using System.Globalization;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Holidays;

/// <summary>Changes a holiday's date or name; it then counts as entered by an administrator.</summary>
public sealed class EditHoliday(CimsDbContext db, AuditLog audit, HolidayCalendarProvider calendar)
{
    public async Task<Result<DateOnly>> RunAsync(int id, HolidayForm form, CancellationToken ct)
    {
        var holiday = await db.PublicHolidays.FirstOrDefaultAsync(h => h.Id == id, ct);
        if (holiday is null)
            return HolidayErrors.NotFound;
        if (holiday.Version != form.Version)
            return HolidayErrors.Concurrency;
        AustralianDate.TryParse(form.Date, out var date);
        var name = form.Name!.Trim();
        if (await db.HolidayExistsAsync(date, name, id, ct))
            return HolidayErrors.Duplicate(date, name);
        var details = AuditLog.Changes(
            ("Date", AustralianDate.Format(holiday.Date), AustralianDate.Format(date)), ("Name", holiday.Name, name));
        if (details is null)
            return Result<DateOnly>.Ok(date);
        holiday.Edit(date, name);
        audit.Record("holiday.updated", "PublicHoliday", id.ToString(CultureInfo.InvariantCulture), details);
        var saved = await db.SaveOrStaleAsync(HolidayErrors.Concurrency, ct);
        if (saved.Failed)
            return saved.Error;

        calendar.Invalidate();
        return Result<DateOnly>.Ok(date);
    }
}
