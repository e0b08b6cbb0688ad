using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features.Admin.SecurityEvents;

/// <summary>One kind of security event on the security officer's page, and the audit actions it covers.</summary>
public sealed record SecurityEventKind(string Key, string Label, IReadOnlyList<string> Actions);

/// <summary>
/// The security events (ADR 0046): the security.* entries written for sign-in, refused access and exports, and the
/// account.* and user.* entries that accounts' changes have written all along, under one list of kinds.
/// </summary>
public static class SecurityEventKinds
{
    public static readonly IReadOnlyList<SecurityEventKind> All =
    [
        new("signin_succeeded", "Signed in", [SecurityActions.SignInSucceeded]),
        new("signin_failed", "Sign-in failed", [SecurityActions.SignInFailed]),
        new("lockout", "Locked out", [SecurityActions.Lockout]),
        new("mfa_enabled", "Two-step sign-in set up", ["account.2fa_enabled"]),
        new("mfa_reset", "Two-step sign-in turned off or reset", ["account.2fa_disabled", "account.2fa_reset"]),
        new("password", "Password changed or reset", ["account.password_changed", "account.password_reset"]),
        new("account", "Account created or changed", ["user.created", "user.updated", "user.invitation_sent"]),
        new("roles", "Roles changed", ["user.roles_changed"]),
        new("deactivation", "Account deactivated or reactivated", ["user.deactivated", "user.reactivated"]),
        new("access_refused", "Access refused", [SecurityActions.AccessRefused]),
        new("export", "Export of personal data (CSV)", [SecurityActions.Export]),
        new("download", "PDF or file downloaded",
        [
            "incident.pdf_downloaded", "investigation.pdf_downloaded", "review.pdf_downloaded", "privacy.pdf_downloaded",
            "incident.attachment_downloaded", "privacy.file_downloaded",
        ]),
    ];

    public static readonly IReadOnlyList<string> Actions = [.. All.SelectMany(k => k.Actions)];

    public static SecurityEventKind? Find(string? key) => All.FirstOrDefault(k => k.Key == key);

    /// <summary>The kind's label for an action ("Access refused"), or the action itself.</summary>
    public static string Label(string action) => All.FirstOrDefault(k => k.Actions.Contains(action))?.Label ?? action;
}
