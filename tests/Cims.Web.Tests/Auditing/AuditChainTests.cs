using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Auditing;

public abstract class AuditChainTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Verify_EntriesSavedInSeveralTransactions_IsIntactAndLinked()
    {
        await RecordAsync("test.one", "test.two");
        await RecordAsync("test.three");
        await SealAsync();

        var result = await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));
        var entries = await app.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Sequence).ToListAsync());

        Assert.Null(result.FirstBroken);
        Assert.Equal(0, result.Unsealed);
        Assert.Equal(entries.Count, result.Checked);
        Assert.All(entries, e => Assert.NotNull(e.Sequence));
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [Fact]
    public async Task Verify_ConcurrentWritersAndSealers_KeepOneChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => RecordAsync($"test.concurrent{i}")).Append(SealAsync()).Append(SealAsync()));
        await Task.WhenAll(SealAsync(), SealAsync());
        await SealAsync();

        var result = await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));
        var sequences = await app.WithDbAsync(db => db.AuditEntries.Select(a => a.Sequence).ToListAsync());

        Assert.Null(result.FirstBroken);
        Assert.Equal(0, result.Unsealed);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
    }

    [Fact]
    public async Task SealingJob_NewEntry_IsSealedWithoutBeingAsked()
    {
        await RecordAsync("test.job");

        var sealedAt = DateTime.UtcNow.AddSeconds(15);
        while (await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "test.job" && a.Sequence == null)) && DateTime.UtcNow < sealedAt)
            await Task.Delay(100);

        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "test.job"));
        Assert.NotNull(entry.Sequence);
        Assert.Equal(64, entry.Hash.Length);
    }

    [Fact]
    public async Task Verify_RowChangedInTheDatabase_ReportsThatRow()
    {
        await RecordAsync("tamper.before", "tamper.target", "tamper.after");
        await SealAsync();
        var target = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "tamper.target").Select(a => a.Id).SingleAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditEntries\" SET \"Details\" = 'nothing to see' WHERE \"Id\" = {0}", target));

        var result = await app.WithDbAsync(db => AuditChain.VerifyAsync(db, CancellationToken.None));

        Assert.Equal(target, result.FirstBroken?.Id);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" >= {0}", target));
    }

    private async Task SealAsync()
    {
        using var scope = app.Services.CreateScope();
        await AuditChain.SealPendingAsync(scope.ServiceProvider.GetRequiredService<CimsDbContext>(), CancellationToken.None);
    }

    private async Task RecordAsync(params string[] actions)
    {
        using var scope = app.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        foreach (var action in actions)
            audit.Record(action, "Test", "1", $"Details of {action}");
        await scope.ServiceProvider.GetRequiredService<CimsDbContext>().SaveChangesAsync();
    }
}

public sealed class SqliteAuditChainTests(SqliteApp app) : AuditChainTests<SqliteApp>(app)
{
    private readonly SqliteApp _app = app;

    [Fact]
    public async Task VerifyAuditVerb_TamperedRow_ExitsWithOneAndNamesTheEntry()
    {
        using (var scope = _app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<AuditLog>().Record("verb.target", "Test", "2", "original");
            await scope.ServiceProvider.GetRequiredService<CimsDbContext>().SaveChangesAsync();
        }

        var intact = await CimsProcess.RunAsync("verify-audit", $"--ConnectionStrings:Cims={_app.Database.ConnectionString}");
        var id = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "verb.target").Select(a => a.Id).SingleAsync());
        await _app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'someone else' WHERE \"Id\" = {0}", id));
        var broken = await CimsProcess.RunAsync("verify-audit", $"--ConnectionStrings:Cims={_app.Database.ConnectionString}");

        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("Audit log intact", intact.Output);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"Audit log BROKEN at entry {id}", broken.Output);
        await _app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" >= {0}", id));
    }
}

public sealed class PostgresAuditChainTests(PostgresApp app) : AuditChainTests<PostgresApp>(app);
