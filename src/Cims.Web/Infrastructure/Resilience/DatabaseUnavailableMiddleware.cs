using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Cims.Web.Infrastructure.Resilience;

/// <summary>The "Cims:Unavailable" settings.</summary>
public sealed class UnavailableOptions
{
    public const string Section = "Cims:Unavailable";

    /// <summary>The Retry-After a 503 carries while the database cannot be reached.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}

/// <summary>
/// While the database cannot be reached (see <see cref="DatabaseFailures"/>), a request gets 503 with Retry-After instead
/// of the error page: the API an RFC 9457 problem, the web a plain page that needs no database (no menu, no badges) and
/// tells the user their last save did not happen; a full disk is told apart, since it needs the administrator. Nothing is cached between requests, so as soon as the database answers
/// again the next request is served as usual (ADR 0040). Any other exception goes on to the error handler.
/// </summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, Func<PathString, bool> isApi, ILogger<DatabaseUnavailableMiddleware> logger)
{
    public const string ProblemTitle =
        "CIMS is temporarily unavailable: its database cannot be reached. Nothing was saved; send the request again after Retry-After seconds.";

    public const string StorageFullTitle =
        "CIMS cannot store anything just now: its database's storage is full. Nothing was saved; send the request again later.";

    public async Task InvokeAsync(HttpContext context, Microsoft.Extensions.Options.IOptions<UnavailableOptions> options)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && DatabaseFailures.IsUnavailable(ex))
        {
            var full = DatabaseFailures.IsStorageFull(ex);
            if (full)
                logger.LogCritical(ex, "The database's storage is full: {Method} {Path} answered 503", context.Request.Method, context.Request.Path);
            else
                logger.LogError(ex, "The database could not be reached: {Method} {Path} answered 503", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.CacheControl = "no-store";
            if (isApi(context.Request.Path))
                await Problem(context, full);
            else
                await Page(context, full);
        }
    }

    private static Task Problem(HttpContext context, bool full) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: full ? StorageFullTitle : ProblemTitle,
        extensions: new Dictionary<string, object?> { ["code"] = full ? "cims.storage_full" : "cims.unavailable", ["traceId"] = context.TraceIdentifier })
        .ExecuteAsync(context);

    private static Task Page(HttpContext context, bool full)
    {
        var request = context.Request;
        var again = HttpMethods.IsGet(request.Method) ? request.GetEncodedPathAndQuery() : null;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(UnavailablePage.Html(request.PathBase, again, context.TraceIdentifier, full));
    }
}

public static class DatabaseUnavailableExtensions
{
    /// <param name="app">The application.</param>
    /// <param name="isApi">Which paths are the API's (they get problem details, not the page).</param>
    public static IApplicationBuilder UseDatabaseUnavailable(this IApplicationBuilder app, Func<PathString, bool> isApi) =>
        app.UseMiddleware<DatabaseUnavailableMiddleware>(isApi);
}
