using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
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
            if (await SubmitAsync(id, ct))
                submitted++;
        }

        if (ids.Count > 0)
            logger.LogInformation("Monthly batch: {Submitted} of {Found} non-major incidents submitted", submitted, ids.Count);
        return submitted;
    }

    private async Task<bool> SubmitAsync(int id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var incident = await services.GetRequiredService<CimsDbContext>().Incidents.AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id && i.Status == IncidentStatus.NonMajorRecorded, ct);
        if (incident is null)
            return false;
        var submitted = await services.GetRequiredService<DepartmentSubmission>().SubmitAsync(
            incident, (i, now) => i.SubmitInMonthlyBatch(DepartmentSubmission.System, now), Action, Details, ct);
        if (!submitted.Failed)
            return true;
        if (submitted.Error == IncidentErrors.Concurrency)
            logger.LogInformation("Monthly batch: incident {IncidentId} was submitted by another node; skipped", id);
        else
            logger.LogWarning("Monthly batch: incident {IncidentId} could not be submitted ({Code}); left for the next run", id, submitted.Error.Code);
        return false;
    }

    private static string Details(Incident incident) =>
        $"Submitted in the monthly batch as {incident.Number} (endorsed {MelbourneTime.Display(incident.EndorsedAt!.Value)}).";
}
