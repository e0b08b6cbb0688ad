using Cims.Browser.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Cims.Browser.Tests.Journeys;

/// <summary>
/// The browser test host with its clock in E1 times: it starts on Tuesday 5 March 2019 at 10:00
/// Melbourne time and tests can move it on. The monthly batch job is off: tests run <c>MonthlyBatch</c> themselves.
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

    /// <summary>
    /// A fake clock does not move by itself, and the app serves a browser that takes real time: each reading moves
    /// it on by a millisecond, so what the app records along a journey (history, saves) still comes in order.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>Signs in every time: a sign-in cookie expires by this host's clock, which tests move on.</summary>
    protected override bool ReusesSignIns => false;

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }
}
