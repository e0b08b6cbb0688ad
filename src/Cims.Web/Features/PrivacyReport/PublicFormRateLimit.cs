using System.Threading.RateLimiting;

namespace Cims.Web.Features.PrivacyReport;

public static class PublicFormRateLimit
{
    public const string Setting = "Cims:PublicFormRateLimit";

    /// <summary>
    /// The "public-forms" policy: a fixed one-minute window per client address (default 60 requests,
    /// <c>Cims:PublicFormRateLimit</c>). A rejected request gets 429 and the friendly status page.
    /// </summary>
    public static IServiceCollection AddPublicFormRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var limit = configuration.GetValue(Setting, 60);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(PublicForms.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
