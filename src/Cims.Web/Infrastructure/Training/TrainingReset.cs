using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Infrastructure.Training;

/// <summary>The day a nightly reset ran (Melbourne date): the first node to add it runs that night's reset.</summary>
public sealed class TrainingResetDay
{
    public DateOnly Day { get; init; }

    public DateTimeOffset StartedAt { get; init; }
}

/// <summary>
/// Puts the training environment back to its sample data: every table emptied in one transaction, then the reference
/// data, demo accounts and sample incidents seeded again, and the reset audited (docs/adr/0052).
/// </summary>
public sealed class TrainingReset(
    CimsDbContext db, DatabaseInitializer initializer, IServiceScopeFactory scopes, TimeProvider clock,
    TrainingMode training, ILogger<TrainingReset> logger)
{
    public const string AuditAction = "training.reset";

    /// <param name="by">Who asked: a user's e-mail address, or "the nightly reset".</param>
    /// <param name="ct">Cancels the reset.</param>
    public async Task RunAsync(string by, CancellationToken ct)
    {
        // Empties every table: never outside the training environment, whoever calls it.
        if (!training.IsOn)
            throw new InvalidOperationException("The training reset runs only in the training environment (Cims:Environment=Training).");
        var started = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await TrainingTables.ClearAsync(db, ct);
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        await initializer.InitialiseAsync(ct); // reference data, roles, the sandbox, the demo accounts and the sample
        await RecordAsync(by, clock.GetUtcNow() - started, ct);
        logger.LogInformation("Training data reset by {By} in {Seconds:F1} s", by, (clock.GetUtcNow() - started).TotalSeconds);
    }

    private async Task RecordAsync(string by, TimeSpan took, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<Auditing.AuditLog>();
        audit.Record(AuditAction, "TrainingData", "sample", $"Reset by {by}; took {took.TotalSeconds:F1} s");
        await scope.ServiceProvider.GetRequiredService<CimsDbContext>().SaveChangesAsync(ct);
    }

    /// <summary>Claims tonight's reset for this node: false when another node already has.</summary>
    public async Task<bool> ClaimAsync(DateOnly day, CancellationToken ct)
    {
        if (await db.TrainingResets.AnyAsync(r => r.Day == day, ct))
            return false;
        db.TrainingResets.Add(new TrainingResetDay { Day = day, StartedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false; // another node added the day first
        }
    }
}
