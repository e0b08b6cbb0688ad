using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cims.Domain.Common;
using Cims.Domain.Onboarding;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Onboarding;

/// <summary>Builds the absolute link of a request's status page from its reference and secret key.</summary>
public delegate string StatusLink(string reference, string key);

public static class OnboardingAdminErrors
{
    public static readonly Error AbnRegistered = new(
        "onboarding.abn_registered",
        "An organisation with this ABN already uses CIMS. Ask its organisation administrator for an account.", "Abn");

    public static readonly Error AbnPending = new(
        "onboarding.abn_pending",
        "A request for an organisation with this ABN is already waiting. Use the status link e-mailed to its contact.", "Abn");

    public static readonly Error NameRegistered = new(
        "onboarding.name_registered", "An organisation with this name already uses CIMS.", "LegalName");

    public static readonly Error EmailRegistered = new(
        "onboarding.email_registered", "The first administrator's e-mail address already belongs to a CIMS account.", "AdministratorEmail");
}

/// <summary>The duplicate checks (same ABN: an organisation, or another open request) and the status key's hash.</summary>
public sealed class OnboardingChecks(CimsDbContext db)
{
    public const string EntityType = "OnboardingRequest";

    public static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    public async Task<Error?> AbnTakenAsync(string abn, int? exceptRequestId, CancellationToken ct)
    {
        var digits = Organisation.NormaliseAbn(abn);
        if (await db.Organisations.AnyAsync(o => o.Abn == digits, ct))
            return OnboardingAdminErrors.AbnRegistered;
        var open = await db.OnboardingRequests.AnyAsync(r => r.Abn == digits && r.Id != exceptRequestId
            && (r.Status == OnboardingStatus.Requested || r.Status == OnboardingStatus.InformationRequested), ct);
        return open ? OnboardingAdminErrors.AbnPending : null;
    }

    /// <summary>A new secret for the status link (shown to and e-mailed to the requester, never stored) and its hash.</summary>
    public static (string Key, string Hash) NewStatusKey()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        return (key, Hash(key));
    }

    /// <summary>True when <paramref name="key"/> opens the request whose key hash is <paramref name="hash"/>.</summary>
    public static bool KeyMatches(string? key, string hash) =>
        !string.IsNullOrEmpty(key) && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(hash));

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
