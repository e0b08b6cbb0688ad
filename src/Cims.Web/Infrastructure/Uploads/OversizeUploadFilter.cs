using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace Cims.Web.Infrastructure.Uploads;

/// <summary>
/// An upload over the multipart limit fails before the action runs: the antiforgery check cannot read the
/// form and answers 400. This filter runs even then: it reads and discards the rest of the body (if Kestrel
/// answered while the browser was still sending, the browser would show "connection reset" instead of the
/// answer) and sends the user back to the page of the upload with the "too large" message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public abstract class OversizeUploadFilter : Attribute, IAsyncAlwaysRunResultFilter
{
    /// <summary>Bodies up to this size are ordinary requests; larger refused ones are drained and redirected.</summary>
    protected abstract long MaxRequestBytes { get; }

    /// <summary>Where to send the user back to (with the message), or null to leave the answer as it is.</summary>
    protected abstract string? RedirectUrl(ResultExecutingContext context);

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var refused = context.Result is IAntiforgeryValidationFailedResult
            || context.Result is IStatusCodeActionResult { StatusCode: StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge };
        if (refused && request.ContentLength > MaxRequestBytes && RedirectUrl(context) is { } url)
        {
            await DrainAsync(request, context.HttpContext.RequestAborted);
            context.Result = new RedirectResult(url);
        }

        await next();
    }

    private static async Task DrainAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            await request.Body.CopyToAsync(Stream.Null, ct);
        }
        catch (IOException)
        {
            // Over Kestrel's limit or the browser gave up: nothing more to read.
        }
    }
}
