using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// CIMS for the fuzzer: its log captured (an error logged is a finding), and the rate limits raised so thousands of
/// inputs from one address reach the actions instead of the 429 (the limits have tests of their own).
/// </summary>
public abstract class FuzzApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public CapturedLog Log { get; } = new();

    public int ErrorsLogged => Log.Events.Count(e => e.Level >= LogEventLevel.Error);

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Cims:PublicFormRateLimit", "1000000"),
        new("Cims:PublicLookupRateLimit", "1000000"),
        new("Cims:SignInLimits:SignInPerAddress", "1000000"),
        new("Cims:SignInLimits:ResetPerAccount", "1000000"),
        new("Cims:SignInLimits:ResetPerAddress", "1000000"),
        new("Cims:SignInLimits:TwoFactorPerAccount", "1000000"),
        new("Cims:SignInLimits:TwoFactorPerAddress", "1000000"),
        new("Api:RateLimit:PerMinute", "1000000"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}

public sealed class SqliteFuzzApp() : FuzzApp(DatabaseProvider.Sqlite);

public sealed class PostgresFuzzApp() : FuzzApp(DatabaseProvider.Postgres);
