using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cims.Web.Tests.Account.Sessions;

/// <summary>CIMS with a clock the test moves, so that idle and absolute session ends take no waiting.</summary>
public abstract class SessionApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteSessionApp() : SessionApp(DatabaseProvider.Sqlite);

public sealed class PostgresSessionApp() : SessionApp(DatabaseProvider.Postgres);

/// <summary>A second web node over the first one's database and Data Protection keys, on the same clock.</summary>
public sealed class SessionSecondNode(SessionApp first) : CimsAppFactory(first.Database, ownsDatabase: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(first.Clock));
    }
}
