using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Cims.Web.Tests.Logging;

/// <summary>CIMS whose Serilog logger also writes to <see cref="Log"/> (a sink registered as a service, read by AddSerilog).</summary>
public abstract class LoggedApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}

public sealed class SqliteLoggedApp() : LoggedApp(DatabaseProvider.Sqlite);

public sealed class PostgresLoggedApp() : LoggedApp(DatabaseProvider.Postgres);
