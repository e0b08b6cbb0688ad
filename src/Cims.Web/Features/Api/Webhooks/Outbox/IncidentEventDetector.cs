using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Cims.Web.Features.Api.Webhooks.Outbox;

/// <summary>An event found in a save: its type, when it happened, and how to read its incident's id once saved.</summary>
public sealed record DetectedEvent(string Type, DateTimeOffset At, Func<int> IncidentId);

/// <summary>
/// Finds, among the changes about to be saved, the moves webhooks tell of (mapped on the transition tables:
/// <see cref="IncidentWorkflow"/>, <see cref="InvestigationWorkflow"/>, <see cref="ReviewWorkflow"/>):
/// <list type="bullet">
/// <item>submitted: the incident's move to SubmittedToDepartment from endorsement or the monthly batch (it is numbered);</item>
/// <item>follow-up determined: its move to FollowUpDetermined (screening or the rule);</item>
/// <item>returned: its move to ReturnedToReporter, or an investigation or review outcome moved from OutcomeSubmitted back to InProgress by the department;</item>
/// <item>outcome accepted: an investigation or review moved from OutcomeSubmitted to Accepted;</item>
/// <item>due date changed: a saved incident's report or follow-up due date moved, or an investigation's or review's due date set or moved (assignment, an extension, a police hold resumed).</item>
/// </list>
/// Ids are read after the save, when new rows have theirs.
/// </summary>
public static class IncidentEventDetector
{
    public static List<DetectedEvent> Detect(CimsDbContext db)
    {
        var found = new List<DetectedEvent>();
        foreach (var entry in db.ChangeTracker.Entries<StatusChange>().Where(e => e.State == EntityState.Added))
        {
            if (TypeOf(entry.Entity) is { } type)
                found.Add(new DetectedEvent(type, entry.Entity.At, ForeignKey(entry, "IncidentId")));
        }

        foreach (var entry in db.ChangeTracker.Entries<InvestigationEvent>().Where(e => e.State == EntityState.Added))
        {
            if (TypeOf(entry.Entity.From == InvestigationStatus.OutcomeSubmitted, entry.Entity.To == InvestigationStatus.Accepted, entry.Entity.To == InvestigationStatus.InProgress) is { } type)
                found.Add(new DetectedEvent(type, entry.Entity.At, Owner<Investigation>(db, ForeignKey(entry, "InvestigationId"))));
        }

        foreach (var entry in db.ChangeTracker.Entries<ReviewEvent>().Where(e => e.State == EntityState.Added))
        {
            if (TypeOf(entry.Entity.From == ReviewStatus.OutcomeSubmitted, entry.Entity.To == ReviewStatus.Accepted, entry.Entity.To == ReviewStatus.InProgress) is { } type)
                found.Add(new DetectedEvent(type, entry.Entity.At, Owner<Review>(db, ForeignKey(entry, "ReviewId"))));
        }

        found.AddRange(DueDateMoves(db));
        return found;
    }

    private static string? TypeOf(StatusChange change) => change.To switch
    {
        IncidentStatus.SubmittedToDepartment when change.From is IncidentStatus.AwaitingEndorsement or IncidentStatus.NonMajorRecorded => WebhookEventTypes.Submitted,
        IncidentStatus.FollowUpDetermined => WebhookEventTypes.FollowUpDetermined,
        IncidentStatus.ReturnedToReporter => WebhookEventTypes.Returned,
        _ => null,
    };

    private static string? TypeOf(bool fromSubmitted, bool toAccepted, bool toInProgress) =>
        !fromSubmitted ? null : toAccepted ? WebhookEventTypes.OutcomeAccepted : toInProgress ? WebhookEventTypes.Returned : null;

    private static IEnumerable<DetectedEvent> DueDateMoves(CimsDbContext db)
    {
        var now = DateTimeOffset.MinValue; // replaced by the save's time in WebhookOutbox
        foreach (var entry in db.ChangeTracker.Entries<Incident>().Where(e => e.State == EntityState.Modified))
        {
            if (Moved(entry, nameof(Incident.DueAt)) || Moved(entry, nameof(Incident.FollowUpDueAt)))
                yield return new DetectedEvent(WebhookEventTypes.DueDateChanged, now, () => entry.Entity.Id);
        }

        foreach (var entry in db.ChangeTracker.Entries<ClockedWork>())
        {
            if ((entry.State == EntityState.Added && entry.Entity.DueAt is not null) || (entry.State == EntityState.Modified && Moved(entry, nameof(ClockedWork.DueAt))))
                yield return new DetectedEvent(WebhookEventTypes.DueDateChanged, now, () => entry.Entity.IncidentId);
        }
    }

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
