using Cims.Web.Data;
using Cims.Web.Tests.Benchmarks.Scale;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cims.Web.Tests.Benchmarks.ApiLoad;

/// <summary>
/// CIMS on real Kestrel over a new seeded PostgreSQL database, logging as in production (warnings only) and Npgsql's default pool: the server
/// the API load benchmark's driver sends its submissions to over loopback TCP.
/// </summary>
public sealed class ApiLoadApp() : KestrelApp(DatabaseProvider.Postgres)
{
    /// <summary>Every command EF sends while recording (<c>CIMS_BENCH_API_EACH</c>: the commands of one submission).</summary>
    public SqlRecorder Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // A deployed node's pool (Npgsql's default of 100), not the 20 each test database gets.
        builder.UseSetting("ConnectionStrings:Cims", new NpgsqlConnectionStringBuilder(Database.ConnectionString) { MaxPoolSize = 100 }.ConnectionString);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<PostgresCimsDbContext>(o => o.AddInterceptors(Sql)));
    }
}
