using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>
/// An upload over the multipart limit fails before the action runs: the antiforgery check cannot read the
/// form and answers 400. This filter runs even then: it reads and discards the rest of the body (if Kestrel
/// answered while the browser was still sending, the browser would show "connection reset" instead of the
/// answer) and sends the user back to the attachments page with the "larger than 10 MB" message.
/// Bodies over <see cref="AttachmentErrors.MaxDrainBytes"/> are cut off by Kestrel itself.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OversizeUploadAttribute : Attribute, IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var refused = context.Result is IAntiforgeryValidationFailedResult
            || context.Result is IStatusCodeActionResult { StatusCode: StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge };
        if (refused && request.ContentLength > AttachmentErrors.MaxRequestBytes && context.RouteData.Values["id"] is string id)
        {
            await DrainAsync(request, context.HttpContext.RequestAborted);
            context.Result = new RedirectResult($"/Incidents/{Uri.EscapeDataString(id)}/Attachments?tooLarge=true");
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
