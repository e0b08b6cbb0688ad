namespace Cims.Web.Infrastructure.Security;

public static class SecurityPipeline
{
    /// <summary>
    /// First in the pipeline: the security headers on every response, TRACE refused, and the cookie policy that gives every
    /// cookie written after it the Secure flag (see <see cref="CookieSecurity"/>). HSTS stays with the
    /// exception handler, outside Development.
    /// </summary>
    public static void UseCimsSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.Use(RefuseTrace);
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurity.Policy(app.Configuration, app.Environment) });
    }

    /// <summary>
    /// TRACE (and its old alias TRACK) answers 405 on every path, the health checks included: CIMS never echoes a request
    /// back, and a probe finds the method unsupported rather than answered by whatever endpoint matches any method.
    /// </summary>
    private static Task RefuseTrace(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsTrace(context.Request.Method) && !string.Equals(context.Request.Method, "TRACK", StringComparison.OrdinalIgnoreCase))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        return Task.CompletedTask;
    }
}
