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
