using Microsoft.AspNetCore.Diagnostics;

namespace Cims.Web.Infrastructure.Auditing;

/// <summary>
/// Records one <see cref="SecurityActions.AccessRefused"/> event for each request of a signed-in user (or API client)
/// that was refused: a 403 (an API's answer, or the sign-in cookie's redirect to "Access denied"), or a 404 for a
/// request naming a record by id, which is how every feature answers an id of another organisation (ADR 0046). The
/// entry holds the method, the route's pattern, the record's id and the path.
/// </summary>
public sealed class RefusedAccessAudit(RequestDelegate next, SecurityEvents events)
{
    private const int MaxPattern = 60; // the audit entry's record type
    private const int MaxId = 100;

    /// <summary>The page that says "Access denied" (with 403) after a refusal already recorded.</summary>
    public const string AccessDeniedPath = "/Account/AccessDenied";

    private static readonly object ForbiddenKey = new();

    /// <summary>Marks the request as forbidden (the cookie's redirect to the "Access denied" page).</summary>
    public static void MarkForbidden(HttpContext context) => context.Items[ForbiddenKey] = true;

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.User.Identity?.IsAuthenticated != true || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Request.Path.StartsWithSegments(AccessDeniedPath, StringComparison.OrdinalIgnoreCase))
            return;
        var status = context.Response.StatusCode;
        var forbidden = status == StatusCodes.Status403Forbidden || context.Items.ContainsKey(ForbiddenKey);
        var id = RecordId(context);
        if (!forbidden && !(status == StatusCodes.Status404NotFound && id is not null))
            return;
        var pattern = Pattern(context);
        var answer = forbidden ? "403 forbidden" : "404 not found";
        await events.RecordAsync(SecurityActions.AccessRefused, pattern, id is { Length: > MaxId } ? id[..MaxId] : id ?? "",
            $"{context.Request.Method} {context.Request.Path}: {answer}.");
    }

    /// <summary>The first route value naming a record ("id", "incidentId", "key"...), or null when the route names none.</summary>
    private static string? RecordId(HttpContext context) =>
        context.Request.RouteValues
            .Where(v => v.Key.EndsWith("id", StringComparison.OrdinalIgnoreCase) || v.Key.Equals("key", StringComparison.OrdinalIgnoreCase))
            .Select(v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));

    /// <summary>The route's pattern, with the controller and action filled in for the conventional route ("Incidents/Details/{id}").</summary>
    private static string Pattern(HttpContext context)
    {
        var values = context.Request.RouteValues;
        var raw = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
        if (raw.Contains("{controller", StringComparison.Ordinal) && values["controller"] is string controller && values["action"] is string action)
            raw = $"{controller}/{action}" + (RecordId(context) is null ? "" : "/{id}");
        raw = "/" + raw.TrimStart('/');
        return raw.Length <= MaxPattern ? raw : raw[..MaxPattern];
    }
}

public static class RefusedAccessAuditSetup
{
    /// <summary>After authentication (so the user is known) and around authorization (so its 403s are seen).</summary>
    public static IApplicationBuilder UseRefusedAccessAudit(this IApplicationBuilder app) => app.UseMiddleware<RefusedAccessAudit>();
}
