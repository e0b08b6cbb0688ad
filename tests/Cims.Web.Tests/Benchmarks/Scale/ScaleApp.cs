using System.Data.Common;
using System.Net;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cims.Web.Tests.Benchmarks.Scale;

/// <summary>
/// CIMS on real Kestrel over the database <c>CIMS_BENCH_SCALE_DB</c> names (a million incidents from generate-volume,
/// kept between runs, never dropped), with every command EF runs offered to <see cref="Sql"/>.
/// </summary>
public sealed class ScaleApp() : KestrelApp(TestDatabase.ExistingPostgres(ConnectionString ?? "Host=127.0.0.1;Database=unset"), ownsDatabase: true)
{
    public const string DatabaseVariable = "CIMS_BENCH_SCALE_DB";

    /// <summary>The scale database's connection string, or null when the benchmark is not asked for.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } cs ? cs : null;

    public SqlRecorder Sql { get; } = new();

    /// <summary>A signed-in client over HTTP to the Kestrel server, as a browser would come.</summary>
    public async Task<FormClient> SignedInAsync(string email)
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
        var client = new FormClient(http);
        await client.SignInAsync(email);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Serilog (which writes the request log) reads its own level: at Warning, as the bare endpoint, no line per request.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.ConfigureDbContext<PostgresCimsDbContext>(o => o.AddInterceptors(Sql)));
    }
}

/// <summary>While recording, keeps a copy of every command EF sends (text and parameters), to replay through Npgsql alone.</summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    private List<NpgsqlCommand>? _recording;

    public void Start() => _recording = [];

    public IReadOnlyList<NpgsqlCommand> Stop()
    {
        var commands = _recording ?? [];
        _recording = null;
        return commands;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Keep(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Keep(DbCommand command)
    {
        if (_recording is not { } recording)
            return;
        var copy = new NpgsqlCommand(command.CommandText);
        foreach (NpgsqlParameter parameter in command.Parameters)
            copy.Parameters.Add(parameter.Clone());
        lock (recording)
            recording.Add(copy);
    }
}
