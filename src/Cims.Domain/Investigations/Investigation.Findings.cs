using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

public sealed partial class Investigation
{
    private readonly List<EvidenceItem> _evidence = [];
    private readonly List<Recommendation> _recommendations = [];

    public IReadOnlyList<EvidenceItem> Evidence => _evidence;

    public IReadOnlyList<Recommendation> Recommendations => _recommendations;

    /// <summary>Codes from the contributing-factor list (reference data).</summary>
    public List<string> ContributingFactors { get; private set; } = [];

    public string? OtherContributingFactors { get; private set; }

    public const int FactorsTextMaxLength = 2000;

    public Result LogEvidence(EvidenceEntry entry, Actor by, DateTimeOffset now) => Work(now, () =>
    {
        _evidence.Add(EvidenceItem.Create(entry, NextNumber(_evidence.Select(e => e.Number)), by.Name, now));
        return Result.Ok();
    });

    public Result RemoveEvidence(int number, DateTimeOffset now) => Work(now, () =>
        _evidence.RemoveAll(e => e.Number == number) == 0 ? InvestigationErrors.EvidenceNotFound : Result.Ok());

    public Result SetContributingFactors(IEnumerable<string> codes, string? other, DateTimeOffset now) => Work(now, () =>
    {
        ContributingFactors = [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        OtherContributingFactors = string.IsNullOrWhiteSpace(other) ? null : other.Trim();
        return Result.Ok();
    });

    public Result Recommend(string text, string owner, DateOnly dueOn, DateTimeOffset now) => Work(now, () =>
    {
        _recommendations.Add(Recommendation.Create(text, owner, dueOn, NextNumber(_recommendations.Select(r => r.Number)), now));
        return Result.Ok();
    });

    /// <summary>
    /// Whether a recommendation may still be tracked: from the endorsed plan on, also after the department accepted the
    /// outcome (open actions stay tracked after the incident closes), unless the investigation was withdrawn.
    /// </summary>
    public bool CanTrackRecommendations => PlanEndorsedAt is not null && Status != InvestigationStatus.Withdrawn;

    /// <summary>
    /// Moves a recommendation along (open, in progress, done with the evidence of completion, or not accepted with a
    /// reason), also after the outcome is submitted and accepted: recommendations are tracked to completion.
    /// </summary>
    public Result TrackRecommendation(int number, RecommendationStatus status, string? note, DateTimeOffset now)
    {
        if (!CanTrackRecommendations)
            return InvestigationErrors.NotInProgress(Status);
        var recommendation = _recommendations.SingleOrDefault(r => r.Number == number);
        if (recommendation is null)
            return InvestigationErrors.RecommendationNotFound;
        if (status == RecommendationStatus.NotAccepted && string.IsNullOrWhiteSpace(note))
            return InvestigationErrors.NotAcceptedReasonRequired;
        if (status == RecommendationStatus.Done && string.IsNullOrWhiteSpace(note))
            return InvestigationErrors.DoneEvidenceRequired;
        recommendation.Track(status, note, now);
        Touch(now);
        return Result.Ok();
    }
}
