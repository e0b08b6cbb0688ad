using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cims.Web.Tests.Data;

/// <summary>
/// Two saves of the same records at once can deadlock on PostgreSQL (two nodes' monthly batches endorsing one incident
/// did): the save the database aborts has lost the race, as if the other had saved first, and is told so instead of
/// failing with an exception.
/// </summary>
public sealed class DeadlockTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task SaveOrStale_ChosenAsADeadlocksVictim_ReturnsStaleAndTheOtherSaveGoesOn()
    {
        var first = await IncidentBuilder.CreateAsync(app);
        var second = await IncidentBuilder.CreateAsync(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var table = db.Model.FindEntityType(typeof(Incident))!.GetTableName();
        await using var other = new NpgsqlConnection(db.Database.GetConnectionString());
        await other.OpenAsync();
        await using var otherTransaction = await other.BeginTransactionAsync();
        await LockAsync(other, table!, first);
        var incident = await db.Incidents.SingleAsync(i => i.Id == first);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(LockSql(table!, second));
        db.Entry(incident).Property(nameof(Incident.Number)).CurrentValue = "IRD-DEADLOCK";

        var saving = db.SaveOrStaleAsync(IncidentErrors.Concurrency, CancellationToken.None);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var otherWaits = LockAsync(other, table!, second);
        var saved = await saving;
        await transaction.RollbackAsync();
        await otherWaits;
        await otherTransaction.CommitAsync();

        Assert.Equal(IncidentErrors.Concurrency, saved.Error);
        Assert.Empty(db.ChangeTracker.Entries());
    }

    private static async Task LockAsync(NpgsqlConnection connection, string table, int id)
    {
        await using var command = new NpgsqlCommand(LockSql(table, id), connection);
        await command.ExecuteScalarAsync();
    }

    private static string LockSql(string table, int id) => $"SELECT 1 FROM \"{table}\" WHERE \"Id\" = {id} FOR UPDATE";
}
