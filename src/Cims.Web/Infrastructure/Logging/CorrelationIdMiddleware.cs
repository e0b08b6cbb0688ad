using Cims.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Http.Features;
using Serilog.Context;

namespace Cims.Web.Infrastructure.Logging;

/// <summary>
/// What Serilog's request logging does not do: gives every request a correlation id (taken from
/// X-Correlation-Id when a proxy sends a well-formed one), returns it in the response header and puts
/// it on every log line written while the request runs, the request completion line included, and on the request's
/// span when traces are collected (<see cref="TelemetryTags.CorrelationId"/>), so a log line leads to its trace.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";

    public const string Property = "CorrelationId";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = CorrelationIdFrom(context);
        context.TraceIdentifier = correlationId;
        context.Response.Headers[Header] = correlationId;
        context.Features.Get<IHttpActivityFeature>()?.Activity.SetTag(TelemetryTags.CorrelationId, correlationId);
        using var _ = LogContext.PushProperty(Property, correlationId);
        await next(context);
    }

    private static string CorrelationIdFrom(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var valid = incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        return valid ? incoming : Guid.NewGuid().ToString("N")[..16];
    }
}
