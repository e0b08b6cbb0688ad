using System.Net;
using System.Net.Sockets;
using Cims.Domain.Common;

namespace Cims.Web.Features.Api.Webhooks.Delivery;

/// <summary>
/// Where CIMS may send events. HTTPS only; plain HTTP only to this computer (localhost, 127.0.0.1, ::1) and only in
/// Development and tests. Outside those, a host that resolves to a loopback, private, link-local, unique-local or other
/// non-public address is refused when the webhook is saved and again, by the address actually connected to, at every
/// send (DNS can change between the two).
/// </summary>
public sealed class WebhookAddressPolicy(bool allowsLocal)
{
    public const string Field = "Url";

    public WebhookAddressPolicy(IHostEnvironment environment)
        : this(environment.IsDevelopment() || environment.IsEnvironment("Testing"))
    {
    }

    /// <summary>Development and tests: plain HTTP to loopback, and no check of where a host resolves.</summary>
    public bool AllowsLocal { get; } = allowsLocal;

    /// <summary>The address's form and scheme, without looking the host up; null when it is acceptable.</summary>
    public Error? CheckForm(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
            return new Error("webhook.url_invalid", "Enter a full address starting with https://, like https://example.org/cims/events.", Field);
        if (!string.IsNullOrEmpty(uri.UserInfo))
            return new Error("webhook.url_credentials", "Leave any user name and password out of the address: CIMS signs each event instead.", Field);
        if (uri.Scheme == "http" && !(AllowsLocal && IsLoopbackHost(uri)))
            return new Error("webhook.url_not_https", AllowsLocal
                ? "The address must start with https://. Plain http:// is allowed only to this computer (localhost, 127.0.0.1 or ::1)."
                : "The address must start with https://.", Field);
        return null;
    }

    /// <summary>The form, then (outside Development and tests) where the host resolves; null when acceptable.</summary>
    public async Task<Error?> CheckAsync(string? url, CancellationToken ct)
    {
        if (CheckForm(url) is { } invalid)
            return invalid;
        if (AllowsLocal)
            return null;
        var host = new Uri(url!.Trim()).IdnHost;
        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(host, ct);
        }
        catch (SocketException)
        {
            return new Error("webhook.url_unknown_host", $"CIMS cannot find the host {host}: check the address.", Field);
        }

        return addresses.Length == 0 || addresses.Any(IsForbidden)
            ? new Error("webhook.url_private", $"{host} is a local or private network address: CIMS sends events only to addresses on the internet.", Field)
            : null;
    }

    /// <summary>The addresses a send may connect to: all of them in Development and tests, otherwise the public ones.</summary>
    public async Task<IPAddress[]> AllowedAddressesAsync(string host, CancellationToken ct)
    {
        var addresses = await ResolveAsync(host, ct);
        return AllowsLocal ? addresses : addresses.Where(a => !IsForbidden(a)).ToArray();
    }

    public static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback && (uri.HostNameType != UriHostNameType.Dns || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase));

    /// <summary>Not a public unicast address: loopback, private, shared, link-local, unique-local, unspecified, multicast, documentation.</summary>
    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
            return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or 127 || b[0] >= 224 // this network, private, loopback, multicast and reserved
            || (b[0] == 100 && b[1] is >= 64 and <= 127) // shared address space (carrier-grade NAT)
            || (b[0] == 169 && b[1] == 254) // link-local (cloud metadata endpoints live here)
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2) // IETF protocol assignments, documentation
            || (b[0] == 198 && b[1] is 18 or 19); // benchmarking
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
}
