using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.ApiAccess;

/// <summary>What an organisation administrator asks for when requesting API access for a provider system.</summary>
public sealed record ApiAccessDetails(
    string SystemName, string Vendor, string ContactName, string ContactEmail, string? ContactPhone, IEnumerable<string> Scopes, string Purpose);

/// <summary>
/// An organisation's request for a provider system to call the API (issue 14): the system, its vendor, a contact, the
/// scopes wanted and why. Requested, then approved by the CIMS administrator (an API client is made for it), declined
/// with a reason, or withdrawn by the organisation while it waits. Each move is a guarded method that records who made
/// it, when, from and to which status and why, and renews the concurrency token; a move from the wrong status is refused
/// with <see cref="ApiAccessErrors.NotPending"/>.
/// </summary>
public sealed class ApiAccessRequest
{
    public const int SystemNameMaxLength = 200;
    public const int VendorMaxLength = 200;
    public const int ContactNameMaxLength = 200;
    public const int ContactEmailMaxLength = 256;
    public const int ContactPhoneMaxLength = 30;
    public const int PurposeMaxLength = 2000;
    public const int ReasonMaxLength = 1000;
    public const int ScopesMaxLength = 100;
    public const int ClientIdMaxLength = 100;

    private readonly List<ApiAccessMove> _history = [];

    private ApiAccessRequest()
    {
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    /// <summary>The provider's system that will call the API; the API client is named after it.</summary>
    public string SystemName { get; private set; } = "";

    public string Vendor { get; private set; } = "";

    public string ContactName { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public string? ContactPhone { get; private set; }

    /// <summary>The scopes wanted, space separated (<see cref="ApiAccessScopes.Join"/>).</summary>
    public string Scopes { get; private set; } = "";

    /// <summary>What the system will use the API for, and anything else the department should know.</summary>
    public string Purpose { get; private set; } = "";

    public string RequestedByUserId { get; private set; } = "";

    public string RequestedByName { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public ApiAccessStatus Status { get; private set; } = ApiAccessStatus.Requested;

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why it was declined (or, optionally, withdrawn).</summary>
    public string? Reason { get; private set; }

    /// <summary>The OAuth client id of the API client made when it was approved.</summary>
    public string? ClientId { get; private set; }

    /// <summary>Concurrency token: renewed on every move so two administrators cannot both decide.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<ApiAccessMove> History => _history;

    public IReadOnlyList<string> ScopeList => ApiAccessScopes.Split(Scopes);

    public bool IsPending => Status == ApiAccessStatus.Requested;

    /// <summary>A new request of <paramref name="organisationId"/>; the scopes must be a non-empty subset of <see cref="ApiAccessScopes.All"/>.</summary>
    public static Result<ApiAccessRequest> Submit(int organisationId, ApiAccessDetails details, Actor by, DateTimeOffset now)
    {
        var scopes = details.Scopes.ToList();
        if (scopes.Count == 0)
            return ApiAccessErrors.NoScopes;
        if (scopes.Any(s => !ApiAccessScopes.All.Contains(s)))
            return ApiAccessErrors.UnknownScope;
        if (string.IsNullOrWhiteSpace(details.SystemName))
            return ApiAccessErrors.SystemNameRequired;
        return Result<ApiAccessRequest>.Ok(new ApiAccessRequest
        {
            OrganisationId = organisationId,
            SystemName = details.SystemName.Trim(),
            Vendor = details.Vendor.Trim(),
            ContactName = details.ContactName.Trim(),
            ContactEmail = details.ContactEmail.Trim(),
            ContactPhone = string.IsNullOrWhiteSpace(details.ContactPhone) ? null : details.ContactPhone.Trim(),
            Scopes = ApiAccessScopes.Join(scopes),
            Purpose = details.Purpose.Trim(),
            RequestedByUserId = by.UserId,
            RequestedByName = by.Name,
            RequestedAt = now,
        });
    }

    /// <summary>The CIMS administrator approves: <paramref name="clientId"/> is the API client made for it, in the same save.</summary>
    public Result Approve(string clientId, Actor by, DateTimeOffset now)
    {
        if (!IsPending)
            return ApiAccessErrors.NotPending(Status);
        if (string.IsNullOrWhiteSpace(clientId))
            return ApiAccessErrors.ClientIdRequired;
        ClientId = clientId;
        Move(ApiAccessStatus.Approved, by, now, null);
        return Result.Ok();
    }

    /// <summary>The CIMS administrator declines, saying why (the organisation sees it).</summary>
    public Result Decline(string? reason, Actor by, DateTimeOffset now)
    {
        if (!IsPending)
            return ApiAccessErrors.NotPending(Status);
        if (string.IsNullOrWhiteSpace(reason))
            return ApiAccessErrors.ReasonRequired;
        if (reason.Trim().Length > ReasonMaxLength)
            return ApiAccessErrors.ReasonTooLong;
        Move(ApiAccessStatus.Declined, by, now, reason.Trim());
        return Result.Ok();
    }

    /// <summary>The organisation takes its request back before a decision.</summary>
    public Result Withdraw(Actor by, DateTimeOffset now, string? reason = null)
    {
        if (!IsPending)
            return ApiAccessErrors.NotPending(Status);
        if (reason?.Trim().Length > ReasonMaxLength)
            return ApiAccessErrors.ReasonTooLong;
        Move(ApiAccessStatus.Withdrawn, by, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        return Result.Ok();
    }

    private void Move(ApiAccessStatus to, Actor by, DateTimeOffset now, string? reason)
    {
        _history.Add(new ApiAccessMove(Status, to, by.UserId, by.Name, now, reason));
        Status = to;
        DecidedByName = by.Name;
        DecidedAt = now;
        Reason = reason;
        Version = Guid.NewGuid();
    }
}
