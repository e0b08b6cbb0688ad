namespace Cims.Web.Features.Account.Throttling;

/// <summary>
/// Attempts allowed per account and per client address in fixed windows (section "Cims:SignInLimits"), on top of
/// Identity's lockout. Per account, sign-in follows Identity's lockout (5 failures, 15 minutes) so that an address with
/// no account locks exactly as a real one does.
/// </summary>
public sealed class SignInLimitsOptions
{
    public const string Section = "Cims:SignInLimits";

    /// <summary>Length of each counting window, in minutes.</summary>
    public int WindowMinutes { get; set; } = 15;

    /// <summary>Failed sign-ins (wrong e-mail or password) from one client address per window.</summary>
    public int SignInPerAddress { get; set; } = 100;

    /// <summary>Password reset requests for one e-mail address per window, whether or not it has an account.</summary>
    public int ResetPerAccount { get; set; } = 5;

    /// <summary>Password reset requests from one client address per window.</summary>
    public int ResetPerAddress { get; set; } = 30;

    /// <summary>Wrong authenticator or recovery codes for one account per window.</summary>
    public int TwoFactorPerAccount { get; set; } = 10;

    /// <summary>Wrong authenticator or recovery codes from one client address per window.</summary>
    public int TwoFactorPerAddress { get; set; } = 50;
}
