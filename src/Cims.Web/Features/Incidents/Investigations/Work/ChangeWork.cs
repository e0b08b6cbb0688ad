using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Investigations;
using Cims.Web.Features.Incidents.Attachments;

namespace Cims.Web.Features.Incidents.Investigations.Work;

/// <summary>
/// The manager's changes to the investigation's content, each one load-check-change-audit-save through
/// <see cref="InvestigationWrites.ChangeAsync"/>: allegations and findings, the evidence log, contributing factors,
/// recommendations and their tracking.
/// </summary>
public sealed class ChangeWork(InvestigationWrites writes, TimeProvider time)
{
    public Task<Result> AddAllegationAsync(int id, AllegationForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, i => i.AddAllegation(form.Text, Now), "investigation.allegation_added", form.Text.ToString(), ct);

    /// <summary>Saves the allegation's text and, when one is chosen, its finding with the reasons.</summary>
    public Task<Result> SaveAllegationAsync(int id, int number, AllegationForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, i =>
        {
            var changed = i.ChangeAllegation(number, form.Text, Now);
            return changed.Failed || form.Finding is not { } finding ? changed : i.RecordFinding(number, finding, form.Reasons, Now);
        }, "investigation.allegation_saved", $"Allegation {number}: {form.Text}; finding: {form.Finding?.Display() ?? "none yet"}", ct);

    public Task<Result> RemoveAllegationAsync(int id, int number, RemoveForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, i => i.RemoveAllegation(number, Now), "investigation.allegation_removed", $"Allegation {number}", ct);

    public async Task<Result> LogEvidenceAsync(int id, int incidentId, EvidenceForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var by = InvestigationWrites.ActorOf(user);
        var (file, error) = await CheckedFile.ReadAsync(form.File, nameof(EvidenceForm.File), ct);
        if (error is not null)
            return error;
        var attachment = file?.ToAttachment(incidentId, $"Evidence: {form.Title}", by, Now);
        var entry = new EvidenceEntry(form.Kind!.Value, form.Title!, form.TakenOn, form.TakenBy, form.Summary!, attachment);
        return await WorkAsync(id, form.Version, user, i => i.LogEvidence(entry, by, Now), "investigation.evidence_logged",
            $"{entry.Kind}: {entry.Title}{(attachment is { } a ? $", file {a.FileName} ({a.SizeBytes} bytes), SHA-256 {a.Sha256}" : "")}", ct);
    }

    public Task<Result> RemoveEvidenceAsync(int id, int number, RemoveForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, i => i.RemoveEvidence(number, Now), "investigation.evidence_removed", $"Evidence {number}", ct);

    public Task<Result> SetFactorsAsync(int id, FactorsForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, i => i.SetContributingFactors(form.Codes, form.Other, Now), "investigation.factors_set",
            $"{string.Join(", ", form.Codes)}{(string.IsNullOrWhiteSpace(form.Other) ? "" : $"; other: {form.Other.Trim()}")}", ct);

    public Task<Result> RecommendAsync(int id, RecommendationForm form, ClaimsPrincipal user, CancellationToken ct) =>
        WorkAsync(id, form.Version, user, i => i.Recommend(form.Text!, form.Owner!, form.DueOn!.Value, Now), "investigation.recommendation_added",
            $"{form.Text} (owner {form.Owner}, due {form.DueOn})", ct);

    public Task<Result> TrackAsync(int id, int number, TrackForm form, ClaimsPrincipal user, CancellationToken ct) =>
        writes.ChangeAsync(id, form.Version, user, i => i.CanTrackRecommendations(user), InvestigationStepErrors.CannotTrack,
            i => i.TrackRecommendation(number, form.Status!.Value, form.Note, Now), "investigation.recommendation_tracked",
            $"Recommendation {number}: {form.Status?.Display()}{(string.IsNullOrWhiteSpace(form.Note) ? "" : $" – {form.Note.Trim()}")}", ct);

    private DateTimeOffset Now => time.GetUtcNow();

    private Task<Result> WorkAsync(int id, Guid? version, ClaimsPrincipal user, Func<Investigation, Result> change, string action, string details, CancellationToken ct) =>
        writes.ChangeAsync(id, version, user, i => i.CanWork(user), InvestigationStepErrors.CannotWork, change, action, details, ct);
}
