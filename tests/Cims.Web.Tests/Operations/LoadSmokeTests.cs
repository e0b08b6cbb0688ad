using Cims.Load;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Operations;

public sealed class SqliteKestrelApp() : KestrelApp(DatabaseProvider.Sqlite);

public sealed class PostgresKestrelApp() : KestrelApp(DatabaseProvider.Postgres);

/// <summary>
/// A short run of the load harness (scripts/load.sh plays the same users for minutes): twenty users of every kind at
/// once, each through their work once, with little thought between pages. Every page they meet must answer, every form
/// they post must be accepted, and every write CIMS acknowledged must be in the database once. Counted, not timed.
/// </summary>
public abstract class LoadSmokeTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : KestrelApp
{
    [Fact]
    public async Task TwentyUsersOfEveryKindAtOnce_NoErrorsAndEveryAcknowledgedWriteStoredOnce()
    {
        // Duration is a guard against a hang only: each user leaves after one sitting.
        var options = new LoadOptions(app.BaseAddress, Users: 20, Duration: TimeSpan.FromMinutes(5), ThinkTime: TimeSpan.FromMilliseconds(100),
            RampUp: TimeSpan.FromSeconds(1), CimsAppFactory.Password, "agency-one-demo", CimsAppFactory.Password, app.Database.ConnectionString, Sittings: 1);
        var stats = new Stats();
        var acknowledged = new Acknowledged();

        using var stop = new CancellationTokenSource(options.Duration);
        await new Runner(options, stats, acknowledged).RunAsync(stop.Token);
        var check = await acknowledged.CheckAsync(options.CheckDatabase!, CancellationToken.None);

        var report = new StringWriter();
        stats.Print(report, options.Duration);
        Assert.True(stats.ErrorCount == 0, report.ToString());
        // Of every twenty users, five reporters, five on the public form and three provider systems write once each.
        Assert.True(acknowledged.Count == 13, $"{acknowledged.Count} writes were acknowledged, not 13.\n{report}");
        Assert.Equal((acknowledged.Count, 0, 0), (check.Found, check.Missing, check.Doubled));
    }
}

public sealed class SqliteLoadSmokeTests(SqliteKestrelApp app) : LoadSmokeTests<SqliteKestrelApp>(app);

public sealed class PostgresLoadSmokeTests(PostgresKestrelApp app) : LoadSmokeTests<PostgresKestrelApp>(app);
