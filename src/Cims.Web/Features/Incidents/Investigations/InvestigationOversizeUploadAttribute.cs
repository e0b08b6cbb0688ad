using Cims.Web.Features.Incidents.Attachments;
using Cims.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>
/// A file over the limit on an investigation form (the evidence log) or an extension request (of an investigation or a
/// review) goes back to that form, <c>/Investigations/{id}/{page}</c> or <c>/Reviews/{id}/{page}</c>, with the "larger
/// than 10 MB" message instead of a bare 400.
/// </summary>
public sealed class InvestigationOversizeUploadAttribute(string page) : OversizeUploadFilter
{
    /// <summary>The query string that asks the form to show the message.</summary>
    public const string Flag = "tooLarge";

    protected override long MaxRequestBytes => AttachmentErrors.MaxRequestBytes;

    protected override string? RedirectUrl(ResultExecutingContext context) =>
        context.RouteData.Values["id"] is string id
            ? $"/{(context.RouteData.Values["work"] as string == "Reviews" ? "Reviews" : "Investigations")}/{Uri.EscapeDataString(id)}/{page}?{Flag}=true"
            : null;
}
