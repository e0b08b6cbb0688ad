using System.Reflection;

namespace Cims.Web.Data.Migrations;

/// <summary>
/// Loads a migration's SQL for the active provider from the embedded scripts in
/// Data/Migrations/Sqlite and Data/Migrations/Postgres.
/// </summary>
internal static class MigrationScripts
{
    public static string Load(string? activeProvider, string migrationId)
    {
        var folder = activeProvider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "Postgres",
            _ => throw new NotSupportedException($"No migration scripts for provider {activeProvider}."),
        };
        var name = $"Cims.Web.Data.Migrations.{folder}.{migrationId}.sql";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
