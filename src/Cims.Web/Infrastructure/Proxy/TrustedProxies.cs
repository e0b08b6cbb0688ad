using System.Net;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.HttpOverrides;

namespace Cims.Web.Infrastructure.Proxy;

/// <summary>
/// The reverse proxies whose X-Forwarded-For, X-Forwarded-Proto and X-Forwarded-Host CIMS believes
/// (<c>Cims:TrustedProxies</c>: addresses and CIDR ranges). Empty, the default, trusts no one, loopback included: the
/// headers are then ignored and the connection's own address is the client's. From a trusted proxy the last (nearest)
/// forwarded address becomes <see cref="ConnectionInfo.RemoteIpAddress"/>, so the rate limits, the audit log and the
/// request log all see the real client; from anyone else the headers change nothing (ADR 0040).
/// </summary>
public static class TrustedProxies
{
    public const string Setting = "Cims:TrustedProxies";

    public static IServiceCollection AddCimsForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var entries = Entries(configuration);
        var allowedHosts = AllowedHosts(configuration);
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            // No proxy configured: no header is read at all (the middleware would believe everyone if its lists were empty).
            o.ForwardedHeaders = entries.Length == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = 1; // one proxy hop: only the entry the trusted proxy itself added is believed
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear(); // the default trusts loopback; CIMS trusts only what is configured
            o.AllowedHosts = allowedHosts;
            foreach (var entry in entries)
                Add(o, entry);
        });
    }

    /// <summary>First in the pipeline, so everything after it (security headers, HSTS, logs, rate limits) sees the client.</summary>
    public static IApplicationBuilder UseCimsForwardedHeaders(this IApplicationBuilder app) => app.UseForwardedHeaders();

    private static string[] Entries(IConfiguration configuration)
    {
        var section = configuration.GetSection(Setting);
        var values = section.GetChildren().Select(c => c.Value ?? "").Append(section.Value ?? "");
        return values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
    }

    private static void Add(ForwardedHeadersOptions options, string entry)
    {
        if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            options.KnownIPNetworks.Add(network);
        else if (!entry.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(entry, out var address))
            options.KnownProxies.Add(address);
        else
            throw new StartupConfigurationException(
                $"{Setting} has \"{entry}\", which is neither an IP address nor a CIDR range. Use, for example, 10.0.0.5 or 10.0.0.0/24.");
    }

    /// <summary>The hosts in "AllowedHosts" ("*" or empty: any), so a forwarded host is held to the same list as the Host header.</summary>
    private static List<string> AllowedHosts(IConfiguration configuration) =>
        (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(h => h != "*").ToList();
}
