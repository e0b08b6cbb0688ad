using Cims.Domain.Privacy;

namespace Cims.Web.Features.Privacy;

/// <summary>The top of every stage: the stage links, the current stage and when the draft expires.</summary>
public sealed record PrivacyStageHeader(PrivacyStageInfo Current, IReadOnlyList<(PrivacyStageInfo Info, bool Open)> Stages, DateTimeOffset ExpiresAt)
{
    public static PrivacyStageHeader For(Domain.Privacy.PrivacyReport report, PrivacyStage current) =>
        new(PrivacyStages.Of(current), [.. PrivacyStages.All.Select(s => (s, report.CanOpen(s.Stage)))], report.ExpiresAt);
}
