using System.Globalization;
using Cims.Domain.Common;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Holidays;

/// <summary>Adds a holiday entered by an administrator, with an audit entry saved in the same transaction.</summary>
public sealed class AddHoliday(CimsDbContext db, AuditLog audit, HolidayCalendarProvider calendar)
{
    public async Task<Result<DateOnly>> RunAsync(HolidayForm form, CancellationToken ct)
    {
        AustralianDate.TryParse(form.Date, out var date);
        var name = form.Name!.Trim();
        if (await db.HolidayExistsAsync(date, name, exceptId: 0, ct))
            return HolidayErrors.Duplicate(date, name);
        var holiday = PublicHoliday.Create(date, name, generated: false);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.PublicHolidays.Add(holiday);
        await db.SaveChangesAsync(ct);
        audit.Record("holiday.created", nameof(PublicHoliday), holiday.Id.ToString(CultureInfo.InvariantCulture),
            $"Date: {AustralianDate.Format(date)}\nName: {name}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        calendar.Invalidate();
        return Result<DateOnly>.Ok(date);
    }
}

internal static class HolidayQueries
{
    /// <summary>True when another holiday has this date and name (any letter case).</summary>
    public static Task<bool> HolidayExistsAsync(this CimsDbContext db, DateOnly date, string name, int exceptId, CancellationToken ct)
    {
        var lower = name.ToLower(CultureInfo.InvariantCulture);
#pragma warning disable CA1304 // ToLower() in a query is SQL LOWER(), run by the database: no .NET culture applies
        return db.PublicHolidays.AnyAsync(h => h.Id != exceptId && h.Date == date && h.Name.ToLower() == lower, ct);
#pragma warning restore CA1304
    }
}
