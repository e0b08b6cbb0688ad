namespace Cims.Web.Infrastructure.Security;

public static class SecurityPipeline
{
    /// <summary>
    /// First in the pipeline: the security headers on every response, and the cookie policy that gives every
    /// cookie written after it the Secure flag (see <see cref="CookieSecurity"/>). HSTS stays with the
    /// exception handler, outside Development.
    /// </summary>
    public static void UseCimsSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurity.Policy(app.Configuration, app.Environment) });
    }
}
