using Cims.Domain.Common;

namespace Cims.Domain.ApiAccess;

public static class ApiAccessErrors
{
    public const int ReasonMaxLength = ApiAccessRequest.ReasonMaxLength;

    /// <summary>Approve, decline or withdraw after the request has already left "Requested".</summary>
    public static Error NotPending(ApiAccessStatus status) => Error.Conflict(
        "api_access.not_pending",
        $"This request is no longer waiting for a decision: it is {status.Display().ToLowerInvariant()}.");

    public static readonly Error ReasonRequired = new(
        "api_access.reason_required", "Enter the reason for declining: the organisation sees it.", "Reason");

    public static readonly Error ReasonTooLong = new(
        "api_access.reason_too_long", $"Enter a reason of {ReasonMaxLength} characters or fewer.", "Reason");

    public static readonly Error NoScopes = new(
        "api_access.no_scopes", "Choose at least one kind of access.", "Scopes");

    public static readonly Error UnknownScope = new(
        "api_access.unknown_scope", "Choose only among the kinds of access offered.", "Scopes");

    public static readonly Error SystemNameRequired = new(
        "api_access.system_name_required", "Enter the name of the system that will call the API.", "SystemName");

    public static readonly Error ClientIdRequired = new(
        "api_access.client_required", "An approval needs the API client made for it.");

    public static readonly Error Concurrency = new(
        "api_access.concurrency", "Someone else acted on this request after you opened it. Check it as it is now.");

    public static Error NotFound(int id) => Error.NotFound("api_access.not_found", $"There is no API access request {id} for you to see.");
}
