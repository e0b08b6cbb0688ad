using System.Net;
using Cims.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Infrastructure;

/// <summary>CIMS on a real Kestrel port on loopback, for clients that must come over TCP (load harness, benchmarks).</summary>
public abstract class KestrelApp : CimsAppFactory
{
    protected KestrelApp(DatabaseProvider provider)
        : base(provider) => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    protected KestrelApp(TestDatabase database, bool ownsDatabase)
        : base(database, ownsDatabase) => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>The server's address (starts it on first use).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }
}
