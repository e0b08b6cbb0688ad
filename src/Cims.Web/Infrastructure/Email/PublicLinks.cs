using Cims.Web.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Email;

/// <summary>
/// Absolute links to CIMS pages for e-mails: from Cims:PublicBaseUrl when set (a forged Host header cannot redirect
/// them), else from the current request; a path alone outside a request.
/// </summary>
public sealed class PublicLinks(IHttpContextAccessor http, IOptions<CimsOptions> options)
{
    public string For(string path)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            return options.Value.PublicBaseUrl.TrimEnd('/') + path;
        var request = http.HttpContext?.Request;
        return request is null ? path : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}
