using Cims.Web.Data;
using Cims.Web.Infrastructure.Startup;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Security;

/// <summary>
/// CIMS hosted in a named environment with its defaults for cookies and HSTS: unlike <see cref="CimsAppFactory"/>
/// it leaves Cims:SecureCookies unset. Clients choose their scheme and a host that is not loopback (HSTS skips localhost).
/// </summary>
public abstract class EnvironmentApp(string environment) : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);

    public HttpClient ClientFor(string scheme) => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"{scheme}://cims.example/"),
        AllowAutoRedirect = false,
        HandleCookies = false,
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Cims", _database.ConnectionString);
        builder.UseSetting("Cims:DataFolder", _database.Folder);
        builder.UseSetting("DataProtection:AllowUnencryptedKeys", "true");
        // Demo data in a non-Development host: configuration may not turn demo mode on there (DeploymentChecks), so the
        // test host sets the options directly, after the app's own settings.
        builder.ConfigureTestServices(services => services.PostConfigure<CimsOptions>(o => (o.SeedDemo, o.DemoPassword) = (true, CimsAppFactory.Password)));
        builder.UseSetting("Cims:RequireTwoFactor", "false");
        builder.UseSetting("Cims:LogToFile", "false");
        builder.UseSetting("Cims:MonthlyBatchEnabled", "false");
        builder.UseSetting("Cims:Analysis:SummaryJobEnabled", "false");
        builder.UseSetting("Cims:PrivacyDraftCleanupEnabled", "false");
        builder.UseSetting("Cims:RemindersEnabled", "false");
        builder.ConfigureTestServices(CimsAppFactory.FastPasswordHashing);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _database.Dispose();
    }
}

public sealed class ProductionApp() : EnvironmentApp("Production");

public sealed class DevelopmentApp() : EnvironmentApp("Development");
