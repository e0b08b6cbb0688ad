using System.Security.Claims;
using Cims.Web.Infrastructure.Identity;
using Serilog;
using Serilog.Events;

namespace Cims.Web.Infrastructure.Logging;

/// <summary>
/// One line per request through Serilog.AspNetCore's <c>UseSerilogRequestLogging</c>: method, path (never the
/// query string: it can carry e-mail addresses and search terms), status, elapsed time, the signed-in user's id and
/// organisation id, and the client's address (the real client's behind a trusted proxy: see TrustedProxies). Request bodies and form values are never logged.
/// </summary>
public static class RequestLogging
{
    public const string Template =
        "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms (user {UserId}, organisation {OrganisationId}, from {ClientAddress})";

    private const string Nobody = "-";

    /// <summary>The correlation id first, so the completion line carries it too; then the request log.</summary>
    public static IApplicationBuilder UseCimsRequestLogging(this IApplicationBuilder app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        return app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger: several hosts can share a process (tests), so not the static Log.Logger.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = Template;
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = Level;
            options.EnrichDiagnosticContext = Enrich;
        });
    }

    private static void Enrich(IDiagnosticContext diagnostic, HttpContext context)
    {
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        diagnostic.Set("UserId", signedIn ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? Nobody : Nobody);
        diagnostic.Set("OrganisationId", signedIn ? user.FindFirstValue(CimsClaimTypes.OrganisationId) ?? Nobody : Nobody);
        diagnostic.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString() ?? Nobody); // the client's, behind a trusted proxy
    }

    /// <summary>Errors for 5xx and exceptions; health probes (every few seconds) only at Debug.</summary>
    private static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? ex) =>
        ex is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) ? LogEventLevel.Debug
        : LogEventLevel.Information;
}
