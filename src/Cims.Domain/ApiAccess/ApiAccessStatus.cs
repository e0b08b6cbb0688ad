namespace Cims.Domain.ApiAccess;

/// <summary>Where a request for API access is. Stored as text.</summary>
public enum ApiAccessStatus
{
    /// <summary>Waiting for the CIMS administrator.</summary>
    Requested,

    /// <summary>An API client was made for it; its secret was shown once to the administrator who approved.</summary>
    Approved,

    /// <summary>Refused, with a reason the organisation sees.</summary>
    Declined,

    /// <summary>Taken back by the organisation before a decision.</summary>
    Withdrawn,
}

public static class ApiAccessStatusText
{
    public static string Display(this ApiAccessStatus status) => status switch
    {
        ApiAccessStatus.Requested => "Waiting for the department",
        ApiAccessStatus.Approved => "Approved",
        ApiAccessStatus.Declined => "Declined",
        ApiAccessStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };
}
