using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Startup;

/// <summary>Starts the real CIMS executable with bad configuration and reads what an operator would see.</summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task Start_UnknownProvider_ExitsWithOneClearSentence()
    {
        var run = await RunAsync("--Database:Provider=Oracle");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CIMS cannot start: Database:Provider is \"Oracle\"", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }

    [Fact]
    public async Task Start_PostgresUnreachable_NamesHostAndPortWithoutStackTrace()
    {
        var run = await RunAsync("--Database:Provider=Postgres", "--ConnectionStrings:Cims=Host=127.0.0.1;Port=1;Database=cims;Username=u;Password=p;Timeout=2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot reach PostgreSQL at 127.0.0.1:1 (database \"cims\")", run.Output);
        Assert.DoesNotContain("Password=p", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }

    [Fact]
    public async Task Start_PostgresWithoutConnectionString_SaysWhatToSet()
    {
        var run = await RunAsync("--Database:Provider=Postgres", "--ConnectionStrings:Cims=");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ConnectionStrings:Cims is empty", run.Output);
    }

    [Fact]
    public async Task Start_SqlServerUnreachable_NamesServerInOneSentenceWithoutStackTrace()
    {
        var run = await RunAsync(
            "--Database:Provider=SqlServer",
            "--ConnectionStrings:Cims=Server=127.0.0.1,1;Database=cims;User Id=u;Password=p;Connect Timeout=2;Encrypt=True;TrustServerCertificate=True");

        Assert.Equal(2, run.ExitCode);
        // The bootstrap logger's Fatal line carries the same sentence; the printed sentence stands alone once.
        var line = Assert.Single(run.Output.Split('\n'), l => l.StartsWith("CIMS cannot start", StringComparison.Ordinal));
        Assert.Contains("cannot reach SQL Server at 127.0.0.1,1 (database \"cims\"", line);
        Assert.DoesNotContain("Password=p", run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }

    [Fact]
    public async Task Start_SqlServerWithoutConnectionString_SaysWhatToSet()
    {
        var run = await RunAsync("--Database:Provider=SqlServer", "--ConnectionStrings:Cims=");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Database:Provider is SqlServer but ConnectionStrings:Cims is empty", run.Output);
        Assert.Contains("Encrypt=True", run.Output);
    }

    [Fact]
    public async Task Migrate_EmptySqliteFolder_CreatesTheDatabaseAndExits()
    {
        var folder = Directory.CreateTempSubdirectory("cims-migrate-").FullName;

        var run = await RunAsync("migrate", $"--Cims:DataFolder={folder}");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Database is up to date.", run.Output);
        Assert.True(File.Exists(Path.Combine(folder, "cims.db")));
        Directory.Delete(folder, recursive: true);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => CimsProcess.RunAsync(args);
}
