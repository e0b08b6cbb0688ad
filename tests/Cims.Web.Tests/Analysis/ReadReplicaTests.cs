using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cims.Web.Tests.Analysis;

/// <summary>CIMS on PostgreSQL with ConnectionStrings:CimsReadOnly pointing at the streaming replica scripts/test.sh starts.</summary>
public sealed class ReplicaApp() : CimsAppFactory(DatabaseProvider.Postgres)
{
    /// <summary>The replica server of the test run; set by scripts/test.sh (cims_pg_replica_start).</summary>
    public static string ReplicaServer =>
        Environment.GetEnvironmentVariable("CIMS_TEST_POSTGRES_REPLICA") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "CIMS_TEST_POSTGRES_REPLICA is not set. Run the tests with scripts/test.sh, which starts a streaming replica of the test server.");

    /// <summary>This app's database, on the replica.</summary>
    public string ReplicaDatabase
    {
        get
        {
            var replica = new NpgsqlConnectionStringBuilder(ReplicaServer);
            return new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Host = replica.Host, Port = replica.Port }.ConnectionString;
        }
    }

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("ConnectionStrings:CimsReadOnly", ReplicaDatabase)];
}

/// <summary>
/// The dashboards read from the replica: its context is a server in recovery, and while the replica's replay is paused
/// an incident written on the primary does not show; once replay resumes it does.
/// </summary>
public sealed class ReadReplicaTests(ReplicaApp app) : IClassFixture<ReplicaApp>
{
    private const string Year = "?From=01/01/2019&To=31/12/2019";

    [Fact]
    public async Task Dashboards_WithAReadOnlyReplica_ReadFromIt_AndShowAWriteOnceItIsReplayed()
    {
        var staff = await FormClient.SignedInAsync(app, "staff@department.example");
        await UntilAsync(async () => await CountAsync(app.ReplicaDatabase, "SELECT count(*) FROM \"Organisations\"") > 0);
        var before = await IncidentsShownAsync(staff);
        bool inRecovery;
        using (var scope = app.Services.CreateScope())
        {
            var read = scope.ServiceProvider.GetRequiredService<ReadOnlyDb>().Context;
            inRecovery = await read.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync();
        }

        await AsReplicaAdminAsync("SELECT pg_wal_replay_pause()");
        int whilePaused;
        try
        {
            await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 6, 12));
            whilePaused = await IncidentsShownAsync(staff);
        }
        finally
        {
            await AsReplicaAdminAsync("SELECT pg_wal_replay_resume()");
        }

        await UntilAsync(async () => await IncidentsShownAsync(staff) == before + 1);

        Assert.True(inRecovery);
        Assert.Equal(before, whilePaused);
    }

    private static async Task<int> IncidentsShownAsync(FormClient client)
    {
        var page = await client.GetPageAsync("/Analysis/Incidents" + Year);
        return int.Parse(page.QuerySelector("[data-incident-count]")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException)
        {
            return 0;
        }
    }

    private static async Task AsReplicaAdminAsync(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(ReplicaApp.ReplicaServer) { Username = "postgres", Password = null, Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits (up to 20 s) for the replica to catch up.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }

        Assert.Fail("The replica did not catch up within 20 seconds.");
    }
}
