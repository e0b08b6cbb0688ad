namespace Cims.Web.Infrastructure.Security;

/// <summary>
/// Whether every cookie CIMS writes (sign-in, two-factor, antiforgery, TempData, the privacy draft) carries
/// the Secure flag. "Cims:SecureCookies" decides; by default true everywhere but Development, so a deployment
/// behind a TLS-terminating proxy still never sends a cookie over plain HTTP. Off, a cookie is Secure when
/// its request came over HTTPS. The automated tests speak plain HTTP to a loopback host and turn it off.
/// </summary>
public static class CookieSecurity
{
    public const string Setting = "Cims:SecureCookies";

    public static CookieSecurePolicy Policy(IConfiguration configuration, IHostEnvironment environment) =>
        (configuration.GetValue<bool?>(Setting) ?? !environment.IsDevelopment())
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
}
