using Cims.Domain.Common;
using Cims.Web.Infrastructure.Calendar;

namespace Cims.Web.Features.Admin.Holidays;

public static class HolidayErrors
{
    public static readonly Error NotFound = Error.NotFound("holiday.not_found", "This public holiday no longer exists.");

    public static readonly Error Concurrency = new(
        "holiday.concurrency",
        "Someone else changed this public holiday while you were working on it. Nothing has been saved. Check the holiday and try again.");

    public static Error Duplicate(DateOnly date, string name) =>
        new("holiday.duplicate", $"There is already a holiday called “{name}” on {AustralianDate.Format(date)}.", "Name");

    public static Error YearNotEmpty(int year) =>
        new("holiday.year_not_empty", $"{year} already has public holidays, so it cannot be generated again. Add or edit its holidays one by one.");
}
