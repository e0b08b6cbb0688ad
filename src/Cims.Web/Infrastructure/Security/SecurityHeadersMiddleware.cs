namespace Cims.Web.Infrastructure.Security;

/// <summary>Adds <see cref="SecurityHeaders"/> to every response just before it starts.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            SecurityHeaders.Apply((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
