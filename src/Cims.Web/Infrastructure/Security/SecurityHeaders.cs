namespace Cims.Web.Infrastructure.Security;

/// <summary>
/// The security headers every response carries: pages, static files, downloads, status and error pages,
/// health checks. They are written when the response starts, so they survive the exception handler and
/// the status-code pages clearing the response. No inline script or style is allowed: views load
/// wwwroot/js and wwwroot/css only. img-src allows data: for Bootstrap's SVG icons in its CSS and the
/// two-factor QR code.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /// <summary>Same-origin requests keep the full address (and forms their Origin); other sites get the origin only.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>Powerful browser features CIMS never uses, denied to the page and to anything it might embed.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), " +
        "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), serial=(), hid=(), " +
        "screen-wake-lock=(), xr-spatial-tracking=()";

    private static readonly object StyleNonceKey = new();

    /// <summary>
    /// Lets this one response's page apply &lt;style&gt; elements that carry the returned nonce (new for every response)
    /// and style attributes; scripts stay 'self' only. For a page whose vendored component writes its styles at run
    /// time (the API reference, ADR 0031); no other response's policy changes.
    /// </summary>
    public static string AllowStyleNonce(HttpContext context)
    {
        if (context.Items[StyleNonceKey] is string existing)
            return existing;
        var nonce = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18));
        context.Items[StyleNonceKey] = nonce;
        return nonce;
    }

    /// <summary>The policy of a response: the strict one, with styles widened as above if the response asked for a nonce.</summary>
    public static string PolicyFor(HttpContext context) => context.Items[StyleNonceKey] is string nonce
        ? ContentSecurityPolicy.Replace("style-src 'self';", $"style-src 'self' 'nonce-{nonce}'; style-src-attr 'unsafe-inline';", StringComparison.Ordinal)
        : ContentSecurityPolicy;

    public static void Apply(HttpContext context)
    {
        Apply(context.Response.Headers);
        context.Response.Headers.ContentSecurityPolicy = PolicyFor(context);
    }

    public static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
