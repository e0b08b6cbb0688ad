namespace Cims.Domain.Investigations;

/// <summary>
/// One allegation the investigation examines: that a subject of allegation harmed a client, of an incident type;
/// its finding, with the reasons, once the investigation has weighed the evidence.
/// </summary>
public sealed class Allegation
{
    public const int NameMaxLength = 200;
    public const int TypeMaxLength = 100;
    public const int TextMaxLength = 2000;
    public const int ReasonsMaxLength = 4000;

    private Allegation()
    {
    }

    public int Id { get; private set; }

    /// <summary>Its number within the investigation (1, 2, …): how pages and people refer to it.</summary>
    public int Number { get; private set; }

    public string ClientName { get; private set; } = "";

    public string SubjectName { get; private set; } = "";

    public string IncidentType { get; private set; } = "";

    public string? Details { get; private set; }

    public AllegationFinding? Finding { get; private set; }

    public string? FindingReasons { get; private set; }

    public string Describe() => $"{SubjectName} – {IncidentType} – {ClientName}";

    internal static Allegation Create(AllegationText text, int number) => new()
    {
        Number = number,
        ClientName = text.ClientName.Trim(),
        SubjectName = text.SubjectName.Trim(),
        IncidentType = text.IncidentType.Trim(),
        Details = string.IsNullOrWhiteSpace(text.Details) ? null : text.Details.Trim(),
    };

    internal void Change(AllegationText text)
    {
        ClientName = text.ClientName.Trim();
        SubjectName = text.SubjectName.Trim();
        IncidentType = text.IncidentType.Trim();
        Details = string.IsNullOrWhiteSpace(text.Details) ? null : text.Details.Trim();
    }

    internal void Decide(AllegationFinding finding, string reasons)
    {
        Finding = finding;
        FindingReasons = reasons.Trim();
    }
}

/// <summary>What an allegation says: who, what type of incident, to which client, and any details.</summary>
public sealed record AllegationText(string ClientName, string SubjectName, string IncidentType, string? Details = null);
