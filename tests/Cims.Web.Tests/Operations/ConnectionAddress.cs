using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Cims.Web.Tests.Operations;

/// <summary>
/// The test server has no TCP connection: this start-up filter, ahead of the whole app, gives each request the
/// connection address a test names in <see cref="Header"/>, as Kestrel would from the socket.
/// </summary>
public sealed class ConnectionAddress : IStartupFilter
{
    public const string Header = "X-Test-Connection-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
                context.Connection.RemoteIpAddress = address;
            context.Request.Headers.Remove(Header);
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A request from <paramref name="connection"/>, carrying the given forwarded headers.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string url, string connection, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add(Header, connection);
        foreach (var (name, value) in headers)
            request.Headers.Add(name, value);
        return request;
    }
}
