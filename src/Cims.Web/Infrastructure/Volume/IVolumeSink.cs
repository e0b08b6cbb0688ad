namespace Cims.Web.Infrastructure.Volume;

/// <summary>Where generated rows go: PostgreSQL by binary COPY, SQLite by prepared inserts.</summary>
public interface IVolumeSink
{
    /// <summary>One more than the table's highest id (1 for an empty table): generated rows take the ids from there.</summary>
    Task<int> NextIdAsync(VolumeTable table, CancellationToken ct);

    /// <summary>Writes every row (values in the table's column order), calling <paramref name="progress"/> now and then.</summary>
    Task<long> WriteAsync(VolumeTable table, IEnumerable<object?[]> rows, Action<long> progress, CancellationToken ct);

    /// <summary>After the last table: identity sequences moved past the generated ids, statistics refreshed.</summary>
    Task FinishAsync(IEnumerable<VolumeTable> tables, CancellationToken ct);
}
