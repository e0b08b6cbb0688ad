using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Cims.Web.Features.Api.Webhooks.Outbox;

/// <summary>An event found in a save: its type, when it happened (MinValue: the save's own time), and how to read its incident's id once saved.</summary>
public sealed record DetectedEvent(string Type, DateTimeOffset At, Func<int> IncidentId);

/// <summary>
/// Finds, among the changes about to be saved, the moves webhooks tell of (mapped on the transition tables:
/// <see cref="IncidentWorkflow"/>, <see cref="InvestigationWorkflow"/>, <see cref="ReviewWorkflow"/>):
/// <list type="bullet">
/// <item>submitted: the incident's move to SubmittedToDepartment from endorsement or the monthly batch (it is numbered);</item>
/// <item>revised: a revision addendum added (the provider's system replaced the report before the department acted, ADR 0035);</item>
/// <item>follow-up determined: its move to FollowUpDetermined (screening or the rule);</item>
/// <item>returned: its move to ReturnedToReporter, or an investigation or review outcome moved from OutcomeSubmitted back to InProgress by the department;</item>
/// <item>outcome accepted: an investigation or review moved from OutcomeSubmitted to Accepted;</item>
/// <item>due date changed: a saved incident's report or follow-up due date moved, or an investigation's or review's due date set or moved (assignment, an extension, a police hold resumed).</item>
/// </list>
/// Ids are read after the save, when new rows have theirs.
/// </summary>
public static class IncidentEventDetector
{
    /// <summary>One pass over the tracked entries (one DetectChanges), as the save is about to run.</summary>
    public static List<DetectedEvent> Detect(CimsDbContext db)
    {
        var found = new List<DetectedEvent>();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            if (Of(db, entry) is { } detected)
                found.Add(detected);
        }

        return found;
    }

    private static DetectedEvent? Of(CimsDbContext db, EntityEntry entry) => (entry.Entity, entry.State) switch
    {
        (StatusChange change, EntityState.Added) => TypeOf(change) is { } type ? new DetectedEvent(type, change.At, ForeignKey(entry, "IncidentId")) : null,
        (Addendum { Kind: AddendumKind.Revision } revision, EntityState.Added) => new DetectedEvent(WebhookEventTypes.Revised, revision.At, ForeignKey(entry, "IncidentId")),
        (InvestigationEvent e, EntityState.Added) => TypeOf(e.From == InvestigationStatus.OutcomeSubmitted, e.To == InvestigationStatus.Accepted, e.To == InvestigationStatus.InProgress) is { } type
            ? new DetectedEvent(type, e.At, Owner<Investigation>(db, ForeignKey(entry, "InvestigationId")))
            : null,
        (ReviewEvent e, EntityState.Added) => TypeOf(e.From == ReviewStatus.OutcomeSubmitted, e.To == ReviewStatus.Accepted, e.To == ReviewStatus.InProgress) is { } type
            ? new DetectedEvent(type, e.At, Owner<Review>(db, ForeignKey(entry, "ReviewId")))
            : null,
        (Incident incident, EntityState.Modified) when Moved(entry, nameof(Incident.DueAt)) || Moved(entry, nameof(Incident.FollowUpDueAt)) =>
            new DetectedEvent(WebhookEventTypes.DueDateChanged, DateTimeOffset.MinValue, () => incident.Id),
        (ClockedWork work, EntityState.Added) when work.DueAt is not null => new DetectedEvent(WebhookEventTypes.DueDateChanged, DateTimeOffset.MinValue, () => work.IncidentId),
        (ClockedWork work, EntityState.Modified) when Moved(entry, nameof(ClockedWork.DueAt)) =>
            new DetectedEvent(WebhookEventTypes.DueDateChanged, DateTimeOffset.MinValue, () => work.IncidentId),
        _ => null,
    };

    private static string? TypeOf(StatusChange change) => change.To switch
    {
        IncidentStatus.SubmittedToDepartment when change.From is IncidentStatus.AwaitingEndorsement or IncidentStatus.NonMajorRecorded => WebhookEventTypes.Submitted,
        IncidentStatus.FollowUpDetermined => WebhookEventTypes.FollowUpDetermined,
        IncidentStatus.ReturnedToReporter => WebhookEventTypes.Returned,
        _ => null,
    };

    private static string? TypeOf(bool fromSubmitted, bool toAccepted, bool toInProgress) =>
        !fromSubmitted ? null : toAccepted ? WebhookEventTypes.OutcomeAccepted : toInProgress ? WebhookEventTypes.Returned : null;

    private static bool Moved(EntityEntry entry, string property)
    {
        var value = entry.Property(property);
        return value.IsModified && !Equals(value.OriginalValue, value.CurrentValue);
    }

    private static Func<int> ForeignKey(EntityEntry entry, string property) => () => (int)entry.Property(property).CurrentValue!;

    private static Func<int> Owner<T>(CimsDbContext db, Func<int> ownerId)
        where T : ClockedWork =>
        () => db.ChangeTracker.Entries<T>().Single(e => e.Entity.Id == ownerId()).Entity.IncidentId;
}
