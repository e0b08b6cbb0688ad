using Cims.Domain.Common;
using Cims.Domain.Investigations;

namespace Cims.Domain.Reviews;

public sealed partial class Review
{
    /// <summary>The same limit as an investigation's other factors: both forms share one validator.</summary>
    public const int FactorsTextMaxLength = Investigation.FactorsTextMaxLength;

    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<RootCause> _rootCauses = [];
    private readonly List<Recommendation> _actions = [];

    public CaseReviewReport CaseReport { get; private set; } = CaseReviewReport.Empty;

    public RcaReport RcaReport { get; private set; } = RcaReport.Empty;

    /// <summary>An RCA review's timeline of events, in the order they happened.</summary>
    public IReadOnlyList<TimelineEntry> Timeline => _timeline;

    public IReadOnlyList<RootCause> RootCauses => _rootCauses;

    /// <summary>The case review's action plan, or the RCA review's response plan: each action tracked to completion.</summary>
    public IReadOnlyList<Recommendation> Actions => _actions;

    /// <summary>Codes from the contributing-factor list (reference data), for an RCA review.</summary>
    public List<string> ContributingFactors { get; private set; } = [];

    public string? OtherContributingFactors { get; private set; }

    /// <summary>The manager may change the review's content while it is in progress.</summary>
    public bool CanWork => Status == ReviewStatus.InProgress;

    /// <summary>Actions are tracked to completion until the review is withdrawn, also after it is accepted.</summary>
    public bool CanTrackActions => Status != ReviewStatus.Withdrawn;

    public Result SaveCaseReport(CaseReviewReport report, DateTimeOffset now) => Work(now, ReviewKind.CaseReview, () =>
    {
        if (report.PeriodFrom is { } from && report.PeriodTo is { } to && to < from)
            return ReviewErrors.PeriodOrder;
        CaseReport = report;
        return Result.Ok();
    });

    public Result SaveRcaReport(RcaReport report, DateTimeOffset now) => Work(now, ReviewKind.RcaReview, () =>
    {
        RcaReport = report;
        return Result.Ok();
    });

    public Result AddTimelineEntry(DateOnly on, TimeOnly? at, string description, DateTimeOffset now) => Work(now, ReviewKind.RcaReview, () =>
    {
        _timeline.Add(TimelineEntry.Create(NextNumber(_timeline.Select(t => t.Number)), on, at, description));
        return Result.Ok();
    });

    public Result RemoveTimelineEntry(int number, DateTimeOffset now) => Work(now, ReviewKind.RcaReview, () =>
        _timeline.RemoveAll(t => t.Number == number) == 0 ? ReviewErrors.ItemNotFound : Result.Ok());

    public Result AddRootCause(string text, DateTimeOffset now) => Work(now, ReviewKind.RcaReview, () =>
    {
        _rootCauses.Add(RootCause.Create(NextNumber(_rootCauses.Select(r => r.Number)), text));
        return Result.Ok();
    });

    public Result RemoveRootCause(int number, DateTimeOffset now) => Work(now, ReviewKind.RcaReview, () =>
        _rootCauses.RemoveAll(r => r.Number == number) == 0 ? ReviewErrors.ItemNotFound : Result.Ok());

    public Result SetContributingFactors(IEnumerable<string> codes, string? other, DateTimeOffset now) => Work(now, ReviewKind.RcaReview, () =>
    {
        ContributingFactors = [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        OtherContributingFactors = string.IsNullOrWhiteSpace(other) ? null : other.Trim();
        return Result.Ok();
    });

    /// <summary>Adds an action to the case review's action plan or the RCA review's response plan.</summary>
    public Result AddAction(string text, string owner, DateOnly dueOn, DateTimeOffset now) => Work(now, Kind, () =>
    {
        _actions.Add(Recommendation.Create(text, owner, dueOn, NextNumber(_actions.Select(a => a.Number)), now));
        return Result.Ok();
    });

    /// <summary>Moves an action along: done needs its evidence, not accepted its reason; also after the review is accepted.</summary>
    public Result TrackAction(int number, RecommendationStatus status, string? note, DateTimeOffset now)
    {
        if (!CanTrackActions)
            return ReviewErrors.NotInProgress(Status);
        var action = _actions.SingleOrDefault(a => a.Number == number);
        if (action is null)
            return ReviewErrors.ItemNotFound;
        if (status == RecommendationStatus.Done && string.IsNullOrWhiteSpace(note))
            return ReviewErrors.DoneEvidenceRequired;
        if (status == RecommendationStatus.NotAccepted && string.IsNullOrWhiteSpace(note))
            return ReviewErrors.NotAcceptedReasonRequired;
        action.Track(status, note, now);
        Touch(now);
        return Result.Ok();
    }

    /// <summary>What is still missing before the review can be submitted for approval, if anything.</summary>
    public Error? Missing => Kind == ReviewKind.CaseReview
        ? !CaseReport.IsComplete ? ReviewErrors.ReportIncomplete : _actions.Count == 0 ? ReviewErrors.CaseReviewNeedsAction : null
        : !RcaReport.IsComplete ? ReviewErrors.ReportIncomplete
        : _timeline.Count == 0 || _rootCauses.Count == 0 || _actions.Count == 0 ? ReviewErrors.RcaNeedsRootCauseAndTimeline
        : null;

    private Result Work(DateTimeOffset now, ReviewKind kind, Func<Result> change)
    {
        if (!CanWork)
            return ReviewErrors.NotInProgress(Status);
        if (kind != Kind)
            return ReviewErrors.NotForThisKind;
        var result = change();
        if (!result.Failed)
            Touch(now);
        return result;
    }

    private static int NextNumber(IEnumerable<int> numbers) => numbers.DefaultIfEmpty(0).Max() + 1;
}
