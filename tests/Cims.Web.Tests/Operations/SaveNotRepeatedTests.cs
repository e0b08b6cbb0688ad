using Cims.Web.Data;
using Cims.Web.Features.Api.Idempotency;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cims.Web.Tests.Operations;

/// <summary>CIMS on PostgreSQL whose next command, when armed, fails as a dropped connection does.</summary>
public sealed class DroppingApp : CimsAppFactory
{
    public DroppingApp()
        : base(DatabaseProvider.Postgres)
    {
    }

    /// <summary>Fails the next command as a dropped connection does (a transient failure), once armed.</summary>
    public FailNextCommand Drop { get; } = new(_ => true, () => new NpgsqlException("The connection was lost (a test's failure).", new IOException("reset by peer")));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<PostgresCimsDbContext>(o => o.AddInterceptors(Drop)));
    }
}

/// <summary>
/// A query that fails transiently is tried again; a save is not, because its commit may have been stored although its
/// answer was lost, and a second run would store the change twice (ADR 0040). The user sends it again instead.
/// </summary>
public sealed class SaveNotRepeatedTests(DroppingApp app) : IClassFixture<DroppingApp>
{
    [Fact]
    public async Task Query_ConnectionDropped_TriedAgainAndAnswered()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        app.Drop.Arm(db);

        var organisations = await db.Organisations.CountAsync();

        Assert.True(organisations > 0);
        Assert.Equal(2, app.Drop.Sent);
    }

    [Fact]
    public async Task Save_ConnectionDropped_NotRepeatedAndTheFailureReported()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var key = Guid.NewGuid().ToString();
        db.IdempotencyEntries.Add(new IdempotencyEntry { ClientId = "save-not-repeated", Key = key, RequestHash = "h", CreatedAt = DateTimeOffset.UtcNow });
        app.Drop.Arm(db);

        await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());

        Assert.Equal(1, app.Drop.Sent);
        Assert.Equal(0, await app.WithDbAsync(d => d.IdempotencyEntries.CountAsync(e => e.Key == key)));
    }
}
