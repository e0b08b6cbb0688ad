using System.Net;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api;

/// <summary>
/// An API host whose database fails once, when armed, at the last write of a call: keeping the response for the call's
/// Idempotency-Key, after the incident and its audit entries are written (a node stopping, a dropped connection).
/// </summary>
public abstract class FailingResponseStoreApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    /// <summary>Fails the UPDATE that keeps a call's response with its key, once armed.</summary>
    public FailNextCommand Failure { get; } = new(
        c => c.CommandText.Contains("UPDATE", StringComparison.Ordinal) && c.CommandText.Contains("IdempotencyEntries", StringComparison.Ordinal),
        () => new InvalidOperationException("The connection dropped (a test's failure)."));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteCimsDbContext>(o => o.AddInterceptors(Failure));
            services.ConfigureDbContext<PostgresCimsDbContext>(o => o.AddInterceptors(Failure));
        });
    }
}

public sealed class SqliteFailingResponseStoreApp() : FailingResponseStoreApp(DatabaseProvider.Sqlite);

public sealed class PostgresFailingResponseStoreApp() : FailingResponseStoreApp(DatabaseProvider.Postgres);

/// <summary>
/// A call that fails after its incident is written leaves nothing behind, and the client's retry with the same key
/// creates the incident once: the key, the incident and the kept response commit together (ADR 0033).
/// </summary>
public abstract class IdempotencyFailureTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : FailingResponseStoreApp
{
    [Fact]
    public async Task PostIncident_FailsAfterTheIncidentIsWritten_NothingKeptAndTheRetryCreatesOne()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        var key = Guid.NewGuid().ToString();
        var before = await IncidentCountAsync();
        app.Failure.Arm();

        var failed = await vendor.PostIncidentAsync(report, key);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(before, await IncidentCountAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.IdempotencyEntries.CountAsync(e => e.Key == key)));

        var retried = await vendor.PostIncidentAsync(report, key);
        var again = await vendor.PostIncidentAsync(report, key);

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(retried.Headers.Location, again.Headers.Location);
        Assert.Equal(before + 1, await IncidentCountAsync());
    }

    private Task<int> IncidentCountAsync() => app.WithDbAsync(db => db.Incidents.CountAsync());
}

public sealed class SqliteIdempotencyFailureTests(SqliteFailingResponseStoreApp app) : IdempotencyFailureTests<SqliteFailingResponseStoreApp>(app);

public sealed class PostgresIdempotencyFailureTests(PostgresFailingResponseStoreApp app) : IdempotencyFailureTests<PostgresFailingResponseStoreApp>(app);
