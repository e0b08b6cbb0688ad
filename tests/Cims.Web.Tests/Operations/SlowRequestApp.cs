using System.Net;
using System.Net.Sockets;
using Cims.Web.Data;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Operations;

/// <summary>
/// CIMS on real Kestrel (a port of its own) with Cims:ShutdownSeconds set, and one test-only address,
/// <see cref="SlowPath"/>, whose request stays in flight until the test releases it (or the connection is aborted).
/// </summary>
public abstract class SlowRequestApp : CimsAppFactory
{
    public const string SlowPath = "/test/slow";
    public const string Finished = "finished";

    private readonly int _shutdownSeconds;

    protected SlowRequestApp(int shutdownSeconds)
        : base(DatabaseProvider.Sqlite)
    {
        _shutdownSeconds = shutdownSeconds;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Completed when the slow request has reached the app.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completing it lets the slow request answer 200 <see cref="Finished"/>.</summary>
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Cims:ShutdownSeconds", _shutdownSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new SlowEndpoint(this)));
    }

    /// <summary>True while something accepts a new TCP connection on the app's port.</summary>
    public static async Task<bool> AcceptsConnectionsAsync(Uri address)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(address.Host, address.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private sealed class SlowEndpoint(SlowRequestApp app) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path != SlowPath)
                {
                    await nextMiddleware(context);
                    return;
                }

                app.Entered.TrySetResult();
                await app.Release.Task.WaitAsync(context.RequestAborted);
                await context.Response.WriteAsync(Finished, context.RequestAborted);
            });
            next(builder);
        };
    }
}

/// <summary>Up to 20 s to finish what is in flight.</summary>
public sealed class PatientApp() : SlowRequestApp(shutdownSeconds: 20);

/// <summary>One second to finish what is in flight.</summary>
public sealed class ImpatientApp() : SlowRequestApp(shutdownSeconds: 1);
