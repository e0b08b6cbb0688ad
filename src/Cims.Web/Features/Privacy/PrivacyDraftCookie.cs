using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy;

/// <summary>
/// The report's token in an HttpOnly, SameSite=Strict cookie scoped to /PrivacyReport: the only state on the
/// client. It lasts as long as the token opens the report (the draft's expiry, then the receipt's lifetime).
/// Its Secure flag comes from the cookie policy (Infrastructure/Security/CookieSecurity), as every cookie's does.
/// </summary>
public static class PrivacyDraftCookie
{
    public const string Name = "cims-privacy-draft";

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static void Write(HttpContext context, Report report) =>
        context.Response.Cookies.Append(Name, report.Token, Options(report.TokenValidUntil));

    public static void Clear(HttpContext context) => context.Response.Cookies.Delete(Name, Options(null));

    private static CookieOptions Options(DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Path = PrivacyStages.Root,
        IsEssential = true,
        Expires = expires,
    };
}
