using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cims.Web.Tests.Incidents.Department;

/// <summary>
/// CIMS with a clock that tests move, for the department list's shared counts (Cims:DepartmentList:CountsSeconds at its
/// default, 30). It starts at 2:05:13 pm in Melbourne on 23/11/2026.
/// </summary>
public abstract class CountsApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 3, 5, 13, TimeSpan.Zero));

    /// <summary>Moves the clock on to 2:05:13 pm in Melbourne the next day: every count taken before is then stale.</summary>
    public void NextDay() =>
        Clock.SetUtcNow(new DateTimeOffset(Clock.GetUtcNow().UtcDateTime.Date.AddDays(1).AddHours(3).AddMinutes(5).AddSeconds(13), TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteCountsApp() : CountsApp(DatabaseProvider.Sqlite);

public sealed class PostgresCountsApp() : CountsApp(DatabaseProvider.Postgres);

/// <summary>A second node over a <see cref="CountsApp"/>'s database and clock with Cims:DepartmentList:CountsSeconds=0.</summary>
public sealed class LiveCountsNode(CountsApp first) : CimsAppFactory(first.Database, ownsDatabase: false)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Cims:DepartmentList:CountsSeconds", "0")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(first.Clock));
    }
}
