using Cims.Domain.Investigations;
using Cims.Web.Features.Shared;

namespace Cims.Web.Features.Incidents.Investigations.Work;

/// <summary>An allegation as typed: who, what type, to which client, details, and (once decided) the finding and its reasons.</summary>
public sealed record AllegationForm
{
    public Guid? Version { get; init; }

    public string? ClientName { get; init; }

    public string? SubjectName { get; init; }

    public string? IncidentType { get; init; }

    public string? Details { get; init; }

    public AllegationFinding? Finding { get; init; }

    public string? Reasons { get; init; }

    public AllegationText Text => new(ClientName ?? "", SubjectName ?? "", IncidentType ?? "", Details);

    public static AllegationForm From(Allegation a, Guid version) => new()
    {
        Version = version,
        ClientName = a.ClientName,
        SubjectName = a.SubjectName,
        IncidentType = a.IncidentType,
        Details = a.Details,
        Finding = a.Finding,
        Reasons = a.FindingReasons,
    };
}

/// <summary>An entry in the evidence log as typed, with an optional file.</summary>
public sealed record EvidenceForm
{
    public Guid? Version { get; init; }

    public EvidenceKind? Kind { get; init; }

    public string? Title { get; init; }

    public string? TakenOnDay { get; init; }

    public string? TakenOnMonth { get; init; }

    public string? TakenOnYear { get; init; }

    public string? TakenBy { get; init; }

    public string? Summary { get; init; }

    public IFormFile? File { get; init; }

    public DateOnly? TakenOn => DateFields.Parse(TakenOnDay, TakenOnMonth, TakenOnYear);
}

/// <summary>The contributing factors ticked from the reference list, and any others in words.</summary>
public sealed record FactorsForm
{
    public Guid? Version { get; init; }

    public List<string> Codes { get; init; } = [];

    public string? Other { get; init; }
}

/// <summary>A new recommendation: what, who owns it, by when.</summary>
public sealed record RecommendationForm
{
    public Guid? Version { get; init; }

    public string? Text { get; init; }

    public string? Owner { get; init; }

    public string? DueOnDay { get; init; }

    public string? DueOnMonth { get; init; }

    public string? DueOnYear { get; init; }

    public DateOnly? DueOn => DateFields.Parse(DueOnDay, DueOnMonth, DueOnYear);
}

/// <summary>Where a recommendation is now, with a note (required when it was not accepted).</summary>
public sealed record TrackForm
{
    public Guid? Version { get; init; }

    public RecommendationStatus? Status { get; init; }

    public string? Note { get; init; }
}

/// <summary>Removes an allegation or an evidence entry.</summary>
public sealed record RemoveForm
{
    public Guid? Version { get; init; }
}
