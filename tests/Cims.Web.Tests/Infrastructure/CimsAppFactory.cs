using Cims.Web.Data;
using Cims.Web.Infrastructure.Startup;
using Cims.Web.Data.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Infrastructure;

/// <summary>
/// CIMS in memory over a real database of one provider, with the demo organisations and accounts.
/// One per test class (xunit class fixture): subclasses pick the provider.
/// </summary>
public abstract class CimsAppFactory : WebApplicationFactory<Program>
{
    public const string Password = DemoAccounts.DefaultPassword;

    private readonly bool _ownsDatabase;

    protected CimsAppFactory(DatabaseProvider provider)
        : this(TestDatabase.CreateSeeded(provider), ownsDatabase: true)
    {
    }

    /// <summary>A second web node over another node's database (the other node disposes it).</summary>
    protected CimsAppFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    public DatabaseProvider Provider => Database.Provider;

    public string MailFolder => Path.Combine(Database.Folder, "mail");

    /// <summary>Extra settings a test class needs (for example Cims:RequireTwoFactor=true).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    /// <summary>False for a host that must hash passwords as the product does (see <see cref="FastPasswordHashing"/>).</summary>
    protected virtual bool HashesFast => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Cims", Database.ConnectionString);
        builder.UseSetting("Cims:DataFolder", Database.Folder);
        builder.UseSetting("DataProtection:AllowUnencryptedKeys", "true");
        // Demo data in a non-Development host: configuration may not turn demo mode on there (DeploymentChecks), so the
        // test host sets the options directly, after the app's own settings.
        builder.ConfigureTestServices(services => services.PostConfigure<CimsOptions>(o => (o.SeedDemo, o.DemoPassword) = (true, Password)));
        builder.UseSetting("Cims:RequireTwoFactor", "false");
        builder.UseSetting("Cims:SecureCookies", "false"); // plain HTTP to a loopback host: cookies Secure only over HTTPS
        builder.UseSetting("Cims:LogToFile", "false");
        builder.UseSetting("Cims:MonthlyBatchEnabled", "false");
        builder.UseSetting("Cims:Analysis:SummaryJobEnabled", "false");
        builder.UseSetting("Cims:PrivacyDraftCleanupEnabled", "false");
        builder.UseSetting("Cims:RemindersEnabled", "false");
        builder.UseSetting("Api:Webhooks:Enabled", "false"); // tests deliver by calling DeliverWebhooks
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        if (HashesFast)
            builder.ConfigureTestServices(FastPasswordHashing);
    }

    /// <summary>
    /// Test hosts hash passwords with fewer PBKDF2 iterations: the same hasher and format (the count is stored in each
    /// hash), without spending a CPU-second per host on the demo accounts and ~50 ms on every sign-in. The production
    /// count is checked by <c>PasswordHashingTests</c>.
    /// </summary>
    public static void FastPasswordHashing(IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestIterations);

    public const int TestIterations = 1_000;

    /// <summary>Runs code against the app's database in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<CimsDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<CimsDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
            Database.Dispose();
    }
}

public sealed class SqliteApp() : CimsAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : CimsAppFactory(DatabaseProvider.Postgres);

/// <summary>Another web node sharing <paramref name="first"/>'s database, as behind a load balancer.</summary>
public sealed class SecondNode(CimsAppFactory first) : CimsAppFactory(first.Database, ownsDatabase: false);
