using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Batch;

/// <summary>
/// Submits to the department every E1 non-major incident endorsed in a Melbourne calendar month before
/// the current one. Safe on several nodes at once: incidents go one by one, each in its own transaction,
/// and the incident's Version makes a second node's attempt fail, so none is submitted twice.
/// </summary>
public sealed class MonthlyBatch(IServiceScopeFactory scopes, TimeProvider time, ILogger<MonthlyBatch> logger)
{
    public const string Action = "incident.batch_submitted";

    /// <summary>Returns how many incidents this run submitted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var cutoff = MonthlyBatchSchedule.StartOfMonth(now);
        List<int> ids;
        using (var scope = scopes.CreateScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<CimsDbContext>().Incidents.AsNoTracking()
                .Where(i => i.Status == IncidentStatus.NonMajorRecorded && i.EndorsedAt < cutoff)
                .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
        }

        var submitted = 0;
        foreach (var id in ids)
        {
            if (await SubmitAsync(id, now, ct))
                submitted++;
        }

        if (ids.Count > 0)
            logger.LogInformation("Monthly batch: {Submitted} of {Found} non-major incidents submitted", submitted, ids.Count);
        return submitted;
    }

    private async Task<bool> SubmitAsync(int id, DateTimeOffset now, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CimsDbContext>();
        var incident = await db.Incidents.AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id && i.Status == IncidentStatus.NonMajorRecorded, ct);
        if (incident is null || incident.SubmitInMonthlyBatch(DepartmentSubmission.System, now).Failed)
            return false;
        services.GetRequiredService<AuditLog>().Record(Action, GetIncidentPage.EntityType, GetIncidentPage.Key(id),
            $"Submitted in the monthly batch as {IncidentNumbers.Format(id, now)} (endorsed {Infrastructure.Time.MelbourneTime.Display(incident.EndorsedAt!.Value)}).");
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            if (await services.GetRequiredService<DepartmentSubmission>().CompleteAsync(incident, ct) is { Failed: true } routed)
            {
                logger.LogWarning("Monthly batch: incident {IncidentId} could not be routed ({Code}); left for the next run", id, routed.Error.Code);
                return false;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Monthly batch: incident {IncidentId} was submitted by another node; skipped", id);
            return false;
        }
    }
}
