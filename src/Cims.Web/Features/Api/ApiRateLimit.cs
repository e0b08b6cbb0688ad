using System.Globalization;
using System.Threading.RateLimiting;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Telemetry;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Api;

/// <summary>The API's rate limit (section "Api:RateLimit").</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "Api:RateLimit";

    /// <summary>Calls each API client may make in a one-minute window, on each node.</summary>
    public int PerMinute { get; set; } = 600;
}

/// <summary>
/// Each API client's calls are counted in one-minute windows (<see cref="ApiRateLimitOptions.PerMinute"/>, 600 by
/// default, per node). A call over the limit is refused with 429 Too Many Requests, a Retry-After in seconds and
/// problem details, and changes nothing. It runs after the token is checked, so the count is the client's and not its
/// address's: two systems behind one gateway have their own allowance.
/// </summary>
public sealed class ApiRateLimit(IOptions<ApiRateLimitOptions> options, CimsMetrics metrics) : IEndpointFilter, IDisposable
{
    /// <summary>The policy name its refusals are counted under.</summary>
    public const string Policy = "api-client";

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.User.ApiClientId() is not { } client)
            return await next(context);
        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
            return await next(context);
        metrics.RateLimitRefused(Policy);
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: $"Too many requests from this client: the limit is {options.Value.PerMinute} a minute. Retry after {seconds} seconds.",
            extensions: new Dictionary<string, object?> { ["code"] = "api.rate_limited" });
    }

    public void Dispose() => _limiter.Dispose();
}
