using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Infrastructure.Time;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>The "Cims" settings of the investigation's clock.</summary>
public sealed class ClockOptions
{
    /// <summary>Cims:MaxExtensionBusinessDays — the most business days one extension request may add (domain reference T11).</summary>
    public int MaxExtensionBusinessDays { get; set; } = InvestigationTimeRules.DefaultMaxExtensionBusinessDays;
}

/// <summary>The rules of the investigation's clock today: the holidays in the database, Melbourne time and the setting.</summary>
public sealed class ClockRulesSource(HolidayCalendarProvider calendars, IOptions<ClockOptions> options)
{
    public async Task<InvestigationTimeRules> GetAsync(CancellationToken ct) =>
        new(await calendars.GetAsync(ct), MelbourneTime.Zone, options.Value.MaxExtensionBusinessDays);
}
