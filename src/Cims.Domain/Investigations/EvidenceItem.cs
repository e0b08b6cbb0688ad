using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

/// <summary>The kind of evidence in the investigation's evidence log.</summary>
public enum EvidenceKind
{
    Interview,
    Document,
    Other,
}

/// <summary>
/// One entry in the evidence log: an interview (who, when, by whom, a summary) or a document or other evidence
/// (a description), optionally with a file stored as one of the incident's attachments.
/// </summary>
public sealed class EvidenceItem
{
    public const int NameMaxLength = 200;
    public const int SummaryMaxLength = 4000;

    private EvidenceItem()
    {
    }

    public int Id { get; private set; }

    /// <summary>Its number within the investigation (1, 2, …): how pages and people refer to it.</summary>
    public int Number { get; private set; }

    public EvidenceKind Kind { get; private set; }

    /// <summary>The person interviewed, or what the document or other evidence is.</summary>
    public string Title { get; private set; } = "";

    public DateOnly? TakenOn { get; private set; }

    public string? TakenBy { get; private set; }

    public string Summary { get; private set; } = "";

    public int? AttachmentId { get; private set; }

    /// <summary>The file, stored as one of the incident's attachments (saved with this entry).</summary>
    public IncidentAttachment? File { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    internal static EvidenceItem Create(EvidenceEntry entry, int number, string recordedBy, DateTimeOffset now) => new()
    {
        Number = number,
        Kind = entry.Kind,
        Title = entry.Title.Trim(),
        TakenOn = entry.TakenOn,
        TakenBy = string.IsNullOrWhiteSpace(entry.TakenBy) ? null : entry.TakenBy.Trim(),
        Summary = entry.Summary.Trim(),
        File = entry.File,
        RecordedByName = recordedBy,
        RecordedAt = now,
    };
}

/// <summary>What is logged: for an interview, the person, the day, the interviewer and a summary.</summary>
public sealed record EvidenceEntry(EvidenceKind Kind, string Title, DateOnly? TakenOn, string? TakenBy, string Summary, IncidentAttachment? File = null);
