using System.Globalization;
using Cims.Web.Infrastructure.Time;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.SecurityEvents;

/// <summary>The filtered security events as CSV, newest first, written as they are read; cells a spreadsheet would run are escaped.</summary>
public static class SecurityEventsCsv
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>Writes the rows; returns how many were written.</summary>
    public static async Task<int> WriteAsync(Stream body, IQueryable<SecurityEventRow> rows, IReadOnlyDictionary<int, string> organisations, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(body, Options, leaveOpen: true);
        await csv.WriteRecordAsync(["When (Melbourne)", "When (UTC)", "Kind", "Action", "User", "Organisation", "Client address", "Record type", "Record", "Details"], ct);
        var count = 0;
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            await csv.WriteRecordAsync(
            [
                r.OccurredAt.Display(), r.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), SecurityEventKinds.Label(r.Action), r.Action,
                r.UserName ?? "", r.OrganisationId is { } o && organisations.TryGetValue(o, out var name) ? name : "", r.IpAddress ?? "",
                r.EntityType, r.EntityId, r.Details ?? "",
            ], ct);
            if (++count % 1000 == 0)
                await csv.FlushAsync(ct);
        }

        await csv.FlushAsync(ct);
        return count;
    }
}
