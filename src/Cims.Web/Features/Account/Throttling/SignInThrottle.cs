using System.Net;
using System.Threading.RateLimiting;
using Cims.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Account.Throttling;

public enum AttemptKind
{
    SignIn,
    PasswordReset,
    TwoFactor,
}

/// <summary>
/// Counts attempts per account (normalised e-mail address or user id) and per client address, each kind in its own
/// fixed windows (<see cref="SignInLimitsOptions"/>). A caller asks <see cref="Wait"/> before an attempt and
/// <see cref="Count"/> the attempts that count: failures for sign-in and codes, every request for password resets.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly CimsMetrics _metrics;

    public SignInThrottle(IOptions<SignInLimitsOptions> options, IOptions<IdentityOptions> identity, CimsMetrics metrics)
    {
        _metrics = metrics;
        var o = options.Value;
        var lockout = identity.Value.Lockout;
        var window = TimeSpan.FromMinutes(o.WindowMinutes);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, k =>
            k.StartsWith("SignIn|account|", StringComparison.Ordinal)
                ? Window(lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan)
                : Window(Limit(o, k), window)));
    }

    /// <summary>How long the caller must wait before this attempt, or null when it may go ahead (a refusal is counted, by kind).</summary>
    public TimeSpan? Wait(AttemptKind kind, string account, IPAddress? address)
    {
        var wait = Blocked(Key(kind, "address", Address(address))) ?? AccountWait(kind, account);
        if (wait is not null)
            _metrics.RateLimitRefused(Policy(kind));
        return wait;
    }

    /// <summary>The policy name refusals of this kind are counted under: "sign-in", "password-reset", "two-factor".</summary>
    public static string Policy(AttemptKind kind) => kind switch
    {
        AttemptKind.SignIn => "sign-in",
        AttemptKind.PasswordReset => "password-reset",
        _ => "two-factor",
    };

    /// <summary>How long this account must wait (the address not considered), or null.</summary>
    public TimeSpan? AccountWait(AttemptKind kind, string account) => Blocked(Key(kind, "account", Normalise(account)));

    public void Count(AttemptKind kind, string account, IPAddress? address)
    {
        using var byAccount = _limiter.AttemptAcquire(Key(kind, "account", Normalise(account)));
        using var byAddress = _limiter.AttemptAcquire(Key(kind, "address", Address(address)));
    }

    public void Dispose() => _limiter.Dispose();

    private TimeSpan? Blocked(string key)
    {
        using var lease = _limiter.AttemptAcquire(key, 0);
        if (lease.IsAcquired)
            return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    private static FixedWindowRateLimiterOptions Window(int limit, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, limit), Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static int Limit(SignInLimitsOptions o, string key) => key.Split('|') switch
    {
        [nameof(AttemptKind.SignIn), "address", ..] => o.SignInPerAddress,
        [nameof(AttemptKind.PasswordReset), "account", ..] => o.ResetPerAccount,
        [nameof(AttemptKind.PasswordReset), "address", ..] => o.ResetPerAddress,
        [nameof(AttemptKind.TwoFactor), "account", ..] => o.TwoFactorPerAccount,
        _ => o.TwoFactorPerAddress,
    };

    private static string Key(AttemptKind kind, string scope, string value) => $"{kind}|{scope}|{value}";

    private static string Normalise(string account) => account.Trim().ToUpperInvariant();

    private static string Address(IPAddress? address) => address?.ToString() ?? "unknown";
}
