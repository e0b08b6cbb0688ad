using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Investigations.Work;

/// <summary>How evidence reads on the pages and in the report.</summary>
public static class EvidenceText
{
    public static string Kind(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Interview => "Interview",
        EvidenceKind.Document => "Document",
        _ => "Other evidence",
    };

    /// <summary>"Interviewed 25/11/2026 by Alex Investigator; logged by …".</summary>
    public static string When(EvidenceItem e) =>
        string.Join("; ", new[]
        {
            e.TakenOn is { } on ? $"{(e.Kind == EvidenceKind.Interview ? "Interviewed" : "Dated")} {on.Display()}{(e.TakenBy is { } by ? $" by {by}" : "")}" : null,
            $"logged by {e.RecordedByName}, {e.RecordedAt.Display()}",
        }.Where(s => s is not null));
}
