using System.Threading.RateLimiting;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.RateLimiting;

namespace Cims.Web.Features.Privacy;

public static class PublicFormRateLimit
{
    public const string Setting = "Cims:PublicFormRateLimit";
    public const string LookupSetting = "Cims:PublicLookupRateLimit";

    /// <summary>
    /// Two fixed one-minute windows per client address, each with its own count: "public-forms" for the public pages and
    /// their posts (default 300 requests, <c>Cims:PublicFormRateLimit</c>: staff of a whole office behind one address
    /// reporting at once), and "public-lookups" for the typing aids' look-ups (default 600, <c>Cims:PublicLookupRateLimit</c>;
    /// one report makes about 34), so typing never uses up the pages' allowance. A rejected request gets 429 and the
    /// friendly status page, and is counted by policy (cims.rate_limit.refusals).
    /// </summary>
    public static IServiceCollection AddPublicFormRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var forms = configuration.GetValue(Setting, 300);
        var lookups = configuration.GetValue(LookupSetting, 600);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "global";
                context.HttpContext.RequestServices.GetRequiredService<CimsMetrics>().RateLimitRefused(policy);
                return ValueTask.CompletedTask;
            };
            AddPerAddress(o, PublicForms.RateLimitPolicy, forms);
            AddPerAddress(o, PublicForms.LookupRateLimitPolicy, lookups);
        });
    }

    private static void AddPerAddress(RateLimiterOptions options, string policy, int limit) =>
        options.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
