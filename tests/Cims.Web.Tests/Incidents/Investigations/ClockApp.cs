using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cims.Web.Tests.Incidents.Investigations;

/// <summary>CIMS with a frozen clock that a test sets (forward or back) before it acts: the investigation clock's tests.</summary>
public abstract class ClockApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    private static readonly TimeZoneInfo Melbourne = TimeZoneInfo.FindSystemTimeZoneById("Australia/Melbourne");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero));

    /// <summary>Sets the clock to 10:00 in Melbourne on the day. Sign in again after moving it more than half an hour.</summary>
    public void SetToday(int year, int month, int day)
    {
        var local = new DateTime(year, month, day, 10, 0, 0);
        Clock.AdjustTime(new DateTimeOffset(local, Melbourne.GetUtcOffset(local)).ToUniversalTime());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteClockApp() : ClockApp(DatabaseProvider.Sqlite);

public sealed class PostgresClockApp() : ClockApp(DatabaseProvider.Postgres);
