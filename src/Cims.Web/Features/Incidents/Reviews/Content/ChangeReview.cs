using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.Investigations.Work;
using Cims.Web.Features.Shared;

namespace Cims.Web.Features.Incidents.Reviews.Content;

/// <summary>
/// The manager's changes to the review's content, each one load-check-change-audit-save through
/// <see cref="ReviewWrites.ChangeAsync"/>: the report, the RCA review's timeline, root causes and contributing factors,
/// and the actions of its plan with their tracking (also by the organisation's delegate).
/// </summary>
public sealed class ChangeReview(ReviewWrites writes, TimeProvider time)
{
    /// <summary>Saves the report of the review's kind as it stands (sections may still be empty).</summary>
    public Task<Result> SaveReportAsync(int id, ReportForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, r => r.Kind == ReviewKind.CaseReview ? r.SaveCaseReport(form.ToCaseReport(), Now) : r.SaveRcaReport(form.ToRcaReport(), Now),
            "review.report_saved", null, ct);

    public Task<Result> AddTimelineEntryAsync(int id, TimelineForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, r => r.AddTimelineEntry(form.OccurredOn!.Value, form.OccurredTime, form.Description!, Now), "review.timeline_added",
            $"{form.OccurredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(form.OccurredTime is { } t ? " " + DateFields.Time(t) : "")}: {form.Description?.Trim()}", ct);

    public Task<Result> RemoveTimelineEntryAsync(int id, int number, RemoveForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, r => r.RemoveTimelineEntry(number, Now), "review.timeline_removed", $"Event {number}", ct);

    public Task<Result> AddRootCauseAsync(int id, RootCauseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, r => r.AddRootCause(form.Text!, Now), "review.root_cause_added", form.Text?.Trim(), ct);

    public Task<Result> RemoveRootCauseAsync(int id, int number, RemoveForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, r => r.RemoveRootCause(number, Now), "review.root_cause_removed", $"Root cause {number}", ct);

    public Task<Result> SetFactorsAsync(int id, FactorsForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, r => r.SetContributingFactors(form.Codes, form.Other, Now), "review.factors_set",
            $"{string.Join(", ", form.Codes)}{(string.IsNullOrWhiteSpace(form.Other) ? "" : $"; other: {form.Other.Trim()}")}", ct);

    public Task<Result> AddActionAsync(int id, ActionForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, r => r.AddAction(form.Text!, form.Owner!, form.DueOn!.Value, Now), "review.action_added",
            $"{form.Text} (owner {form.Owner}, due {form.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})", ct);

    /// <summary>Moves an action along: by the manager or the organisation's delegate, also after the review is accepted.</summary>
    public Task<Result> TrackActionAsync(int id, int number, TrackActionForm form, ClaimsPrincipal user, CancellationToken ct) =>
        writes.ChangeAsync(id, form.Version, user, r => r.CanTrackActions(user), ReviewStepErrors.CannotTrack,
            r => r.TrackAction(number, form.Status!.Value, form.Note, Now), "review.action_tracked",
            $"Action {number}: {form.Status?.Display()}{(string.IsNullOrWhiteSpace(form.Note) ? "" : $" – {form.Note.Trim()}")}", ct);

    private DateTimeOffset Now => time.GetUtcNow();

    private Task<Result> WorkAsync(int id, Guid? version, ClaimsPrincipal user, Func<Review, Result> change, string action, string? details, CancellationToken ct) =>
        writes.ChangeAsync(id, version, user, r => r.CanWork(user), ReviewStepErrors.CannotWork, change, action, details, ct);
}
