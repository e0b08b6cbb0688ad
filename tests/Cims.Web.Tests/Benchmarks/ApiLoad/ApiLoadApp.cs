using System.Net;
using Cims.Web.Data;
using Cims.Web.Tests.Benchmarks.Scale;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cims.Web.Tests.Benchmarks.ApiLoad;

/// <summary>
/// CIMS on real Kestrel over a new seeded PostgreSQL database, logging as in production (warnings only) and Npgsql's default pool: the server
/// the API load benchmark's driver sends its submissions to over loopback TCP.
/// </summary>
public sealed class ApiLoadApp : CimsAppFactory
{
    public ApiLoadApp()
        : base(DatabaseProvider.Postgres)
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Every command EF sends while recording (<c>CIMS_BENCH_API_EACH</c>: the commands of one submission).</summary>
    public SqlRecorder Sql { get; } = new();

    /// <summary>The server's address (starts it on first use).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

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
