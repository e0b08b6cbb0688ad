using Cims.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>
/// An attachment upload over the limit goes back to the incident's attachments page with the "larger than
/// 10 MB" message. Bodies over <see cref="AttachmentErrors.MaxDrainBytes"/> are cut off by Kestrel itself.
/// </summary>
public sealed class OversizeUploadAttribute : OversizeUploadFilter
{
    protected override long MaxRequestBytes => AttachmentErrors.MaxRequestBytes;

    protected override string? RedirectUrl(ResultExecutingContext context) =>
        context.RouteData.Values["id"] is string id ? $"/Incidents/{Uri.EscapeDataString(id)}/Attachments?tooLarge=true" : null;
}
