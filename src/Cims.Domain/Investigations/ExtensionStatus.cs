namespace Cims.Domain.Investigations;

/// <summary>Where a request to extend an investigation's due date is. Stored as text.</summary>
public enum ExtensionStatus
{
    Pending,
    Approved,
    Declined,
}

public static class ExtensionStatusText
{
    public static string Display(this ExtensionStatus status) => status switch
    {
        ExtensionStatus.Pending => "Waiting for the department",
        ExtensionStatus.Approved => "Approved",
        ExtensionStatus.Declined => "Declined",
        _ => status.ToString(),
    };
}
