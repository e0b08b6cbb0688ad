using System.Diagnostics;
using Serilog.Context;

namespace Cims.Web.Infrastructure.Logging;

/// <summary>
/// Gives every request a correlation id (taken from X-Correlation-Id when a proxy sends one), puts it
/// on every log line and the response, and logs method, path, status and duration. The query string
/// is left out: it can carry personal data.
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = CorrelationIdFrom(context);
        context.TraceIdentifier = correlationId;
        context.Response.Headers[Header] = correlationId;
        using var _ = LogContext.PushProperty("CorrelationId", correlationId);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            logger.LogInformation(
                "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
        }
    }

    private static string CorrelationIdFrom(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var valid = incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        return valid ? incoming : Guid.NewGuid().ToString("N")[..16];
    }
}
