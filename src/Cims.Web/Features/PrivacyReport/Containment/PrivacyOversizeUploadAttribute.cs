using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace Cims.Web.Features.PrivacyReport.Containment;

/// <summary>
/// A Containment post over the multipart limit fails before the action runs (the antiforgery check cannot
/// read the form and answers 400). This filter reads and discards the rest of the body, so the browser sees
/// the answer rather than "connection reset", and sends the reporter back to the stage with the
/// "larger than 10 MB" message beside "Upload a file". What was typed in that post cannot be read, so it is lost.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PrivacyOversizeUploadAttribute : Attribute, IAsyncAlwaysRunResultFilter
{
    public const string Url = "/PrivacyReport/Containment?tooLarge=true";

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var refused = context.Result is IAntiforgeryValidationFailedResult
            || context.Result is IStatusCodeActionResult { StatusCode: StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge };
        if (refused && request.ContentLength > PrivacyFileErrors.MaxRequestBytes)
        {
            await DrainAsync(request, context.HttpContext.RequestAborted);
            context.Result = new RedirectResult(Url);
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
