using System.Reflection;
using System.Text.RegularExpressions;

namespace Cims.Web.Data.Migrations;

/// <summary>
/// Drafts a new migration script: the statements of the model's CREATE script that no existing
/// migration script of the provider contains. A changed table shows up as a whole new CREATE TABLE
/// statement: rewrite it as the provider's ALTER statements (SQLite: a table rebuild).
/// </summary>
internal static partial class SchemaScript
{
    public static string Draft(string createScript, string folder)
    {
        var existing = ExistingStatements(folder).Select(Normalise).ToHashSet();
        var fresh = Statements(createScript).Where(s => !existing.Contains(Normalise(s))).ToList();
        return fresh.Count == 0
            ? "-- The model matches the existing migration scripts.\n"
            : string.Join("\n\n", fresh.Select(s => s + ";")) + "\n";
    }

    public static string FolderFor(string? provider) =>
        provider == "Npgsql.EntityFrameworkCore.PostgreSQL" ? "Postgres" : "Sqlite";

    private static IEnumerable<string> ExistingStatements(string folder)
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith($"Cims.Web.Data.Migrations.{folder}.", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            foreach (var statement in Statements(reader.ReadToEnd()))
                yield return statement;
        }
    }

    private static IEnumerable<string> Statements(string script) =>
        StatementEnd().Split(script).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Normalise(string statement) => Whitespace().Replace(statement, " ").Trim();

    [GeneratedRegex(@";\s*(\r?\n|$)")]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
