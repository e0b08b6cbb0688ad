using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cims.Load;

/// <summary>
/// Every write CIMS acknowledged (a receipt page, a 201), by the tag its free text carries ("Load 7f3a u12.4": the run,
/// the user and the user's nth write), so that afterwards each can be looked for in the database: found once, missing,
/// or stored twice.
/// </summary>
public sealed partial class Acknowledged
{
    private readonly ConcurrentDictionary<string, string> _tags = new(StringComparer.Ordinal);
    private int _sequence;

    public string Run { get; } = Guid.NewGuid().ToString("N")[..6];

    /// <summary>A new tag for a write the user is about to make.</summary>
    public string NewTag(int user) => $"Load {Run} u{user}.{Interlocked.Increment(ref _sequence)}";

    public void Add(string kind, string tag) => _tags[tag] = kind;

    public int Count => _tags.Count;

    public sealed record Check(int Acknowledged, int Found, int Missing, int Doubled, int Unacknowledged);

    /// <summary>Reads the incidents and privacy reports the run wrote, by their tags.</summary>
    public async Task<Check> CheckAsync(string connectionString, CancellationToken ct)
    {
        await using DbConnection connection = connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        var stored = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sql in new[]
        {
            """SELECT "Details_Description" FROM "Incidents" WHERE "Details_Description" LIKE @run""",
            """SELECT "Description_Description" FROM "PrivacyReports" WHERE "Description_Description" LIKE @run""",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var run = command.CreateParameter();
            (run.ParameterName, run.Value) = ("@run", $"%Load {Run} u%");
            command.Parameters.Add(run);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var tag = TagIn().Match(reader.GetString(0)).Value;
                stored[tag] = stored.GetValueOrDefault(tag) + 1;
            }
        }

        var found = _tags.Keys.Count(stored.ContainsKey);
        return new Check(_tags.Count, found, _tags.Count - found, stored.Count(s => s.Value > 1), stored.Keys.Count(t => !_tags.ContainsKey(t)));
    }

    [GeneratedRegex(@"Load [0-9a-f]{6} u\d+\.\d+")]
    private static partial Regex TagIn();
}
