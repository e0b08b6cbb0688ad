using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Batch;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>What the next monthly batch holds for the organisation, and when it runs.</summary>
public sealed record NextBatch(IReadOnlyList<QueueRow> Incidents, DateTimeOffset RunsFrom, bool HasOverdue);

public sealed class GetNextBatch(GetEndorsementQueue queue, TimeProvider time)
{
    public async Task<NextBatch> RunAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var rows = await queue.RowsAsync(user, IncidentStatus.NonMajorRecorded, ct);
        var now = time.GetUtcNow();
        var monthStart = MonthlyBatchSchedule.StartOfMonth(now);
        return new NextBatch(
            [.. rows.OrderBy(r => r.EndorsedAt).ThenBy(r => r.Id)],
            MonthlyBatchSchedule.StartOfNextMonth(now),
            rows.Any(r => r.EndorsedAt < monthStart));
    }
}
