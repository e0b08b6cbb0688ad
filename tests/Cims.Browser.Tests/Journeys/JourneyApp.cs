using Cims.Browser.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cims.Browser.Tests.Journeys;

/// <summary>
/// The browser test host with its clock in E1 times: it starts on Tuesday 5 March 2019 at 10:00
/// Melbourne time and moves with real time; tests can move it on. The monthly batch job is off:
/// tests run <c>MonthlyBatch</c> themselves.
/// </summary>
public sealed class JourneyApp : BrowserApp
{
    /// <summary>Tuesday 5 March 2019, 10:00 in Melbourne (daylight saving time, UTC+11).</summary>
    public static readonly DateTimeOffset Start = new(2019, 3, 5, 10, 0, 0, TimeSpan.FromHours(11));

    /// <summary>Seeds its own database: the demo data is stamped with this host's clock, in 2019.</summary>
    public JourneyApp()
        : base(fromSeededDatabase: false)
    {
    }

    public MovableClock Clock { get; } = new(Start);

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }
}
