using System.Net.Http.Headers;

namespace Cims.Web.Tests.Security;

/// <summary>The security headers every response must carry, spelled out here independently of the application's constants.</summary>
public static class HeaderAssertions
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var what = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} ({(int)response.StatusCode})";
        Assert.True(Single(response, "Content-Security-Policy") == ContentSecurityPolicy, $"{what}: Content-Security-Policy");
        Assert.True(Single(response, "X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options");
        Assert.True(Single(response, "X-Frame-Options") == "DENY", $"{what}: X-Frame-Options");
        Assert.True(Single(response, "Referrer-Policy") == "strict-origin-when-cross-origin", $"{what}: Referrer-Policy");
        Assert.True(Single(response, "Cross-Origin-Opener-Policy") == "same-origin", $"{what}: Cross-Origin-Opener-Policy");
        var permissions = Single(response, "Permissions-Policy") ?? "";
        foreach (var feature in new[] { "camera", "microphone", "geolocation", "payment", "usb" })
            Assert.True(permissions.Contains($"{feature}=()", StringComparison.Ordinal), $"{what}: Permissions-Policy does not deny {feature}: {permissions}");
    }

    /// <summary>The one value of a header, looked up among the response's and its content's headers.</summary>
    public static string? Single(HttpResponseMessage response, string name)
    {
        IEnumerable<string>? values = null;
        _ = response.Headers.TryGetValues(name, out values) || response.Content.Headers.TryGetValues(name, out values);
        var list = values?.ToList() ?? [];
        Assert.True(list.Count <= 1, $"{name} appears {list.Count} times.");
        return list.SingleOrDefault();
    }

    /// <summary>Every Set-Cookie header of the response, each as written.</summary>
    public static IReadOnlyList<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    public static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    /// <summary>A Cookie request header carrying the name=value pairs the responses set (for a client that keeps no cookies).</summary>
    public static void CarryCookies(HttpRequestHeaders request, params HttpResponseMessage[] responses)
    {
        var pairs = responses.SelectMany(SetCookies).Select(c => c.Split(';')[0]).ToList();
        if (pairs.Count > 0)
            request.Add("Cookie", string.Join("; ", pairs));
    }
}
