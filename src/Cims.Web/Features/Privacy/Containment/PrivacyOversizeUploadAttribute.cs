using Cims.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cims.Web.Features.Privacy.Containment;

/// <summary>
/// A Containment post over the limit goes back to the stage with the "larger than 10 MB" message beside
/// "Upload a file". What was typed in that post cannot be read, so it is lost.
/// </summary>
public sealed class PrivacyOversizeUploadAttribute : OversizeUploadFilter
{
    public const string Url = "/PrivacyReport/Containment?tooLarge=true";

    protected override long MaxRequestBytes => PrivacyFileErrors.MaxRequestBytes;

    protected override string? RedirectUrl(ResultExecutingContext context) => Url;
}
