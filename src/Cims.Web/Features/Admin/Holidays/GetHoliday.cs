using Cims.Web.Data;
using Cims.Web.Infrastructure.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Holidays;

public sealed record HolidayDetails(int Id, DateOnly Date, string Name, bool IsGenerated, Guid Version)
{
    public HolidayForm ToForm() => new() { Date = AustralianDate.Format(Date), Name = Name, Version = Version };
}

/// <summary>One holiday, for its edit and delete pages.</summary>
public sealed class GetHoliday(CimsDbContext db)
{
    public Task<HolidayDetails?> RunAsync(int id, CancellationToken ct) =>
        db.PublicHolidays.AsNoTracking()
            .Where(h => h.Id == id)
            .Select(h => new HolidayDetails(h.Id, h.Date, h.Name, h.IsGenerated, h.Version))
            .FirstOrDefaultAsync(ct);
}
