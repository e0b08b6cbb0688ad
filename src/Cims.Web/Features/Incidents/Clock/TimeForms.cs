using Cims.Web.Features.Shared;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>The organisation asks for a new due date (day, month, year) and says why.</summary>
public sealed record ExtensionRequestForm
{
    public Guid? Version { get; init; }

    public string? DueDay { get; init; }

    public string? DueMonth { get; init; }

    public string? DueYear { get; init; }

    public string? Reason { get; init; }

    /// <summary>The request document (optional): kept as an attachment of the incident.</summary>
    public IFormFile? Document { get; init; }

    public DateOnly? DueOn => DateFields.Parse(DueDay, DueMonth, DueYear);
}

/// <summary>The department approves the pending request with the date asked for, or an earlier one typed here.</summary>
public sealed record ApproveExtensionForm
{
    public Guid? Version { get; init; }

    public string? DueDay { get; init; }

    public string? DueMonth { get; init; }

    public string? DueYear { get; init; }

    public DateOnly? DueOn => DateFields.Parse(DueDay, DueMonth, DueYear);

    public static ApproveExtensionForm For(DateOnly requested, Guid version) => new()
    {
        Version = version,
        DueDay = DateFields.Text(requested.Day),
        DueMonth = DateFields.Text(requested.Month),
        DueYear = DateFields.Text(requested.Year),
    };
}

/// <summary>A step that needs only a reason: declining an extension request, or pausing the clock for police.</summary>
public sealed record ReasonForm
{
    public Guid? Version { get; init; }

    public string? Reason { get; init; }
}

/// <summary>A step with nothing to type: resuming the clock.</summary>
public sealed record VersionForm
{
    public Guid? Version { get; init; }
}
