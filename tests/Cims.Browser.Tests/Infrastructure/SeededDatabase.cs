using Microsoft.Data.Sqlite;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>
/// A SQLite file a browser test host has started on once per run (migrated; reference data, roles and demo accounts
/// seeded): every other host starts on a copy instead of migrating and seeding its own. Removed when the run ends.
/// </summary>
internal static class SeededDatabase
{
    private static readonly Lazy<string> Template = new(Build);

    /// <summary>Copies the seeded file to <paramref name="file"/> unless a database is already there.</summary>
    public static void CopyTo(string file)
    {
        if (!File.Exists(file))
            File.Copy(Template.Value, file);
    }

    private static string Build()
    {
        var app = new BrowserApp(fromSeededDatabase: false);
        _ = app.Services; // the host's start-up migrates and seeds
        var file = app.DatabaseFile;
        app.Dispose();
        SqliteConnection.ClearAllPools(); // closes the last connection, which folds the WAL into the file
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        return file;
    }
}
