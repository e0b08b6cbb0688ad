using Cims.Domain.Common;

namespace Cims.Domain.Incidents;

/// <summary>What department staff decided about two reports suggested as the same incident.</summary>
public enum DuplicateVerdict
{
    /// <summary>The same incident reported by two organisations: the reports are linked.</summary>
    Linked,

    /// <summary>Not the same incident: the pair is not suggested again.</summary>
    Dismissed,
}

public static class DuplicateErrors
{
    public static readonly Error SameIncident = new("duplicate.same_incident", "An incident cannot be a duplicate of itself.");

    public static readonly Error AlreadyDecided = new("duplicate.already_decided", "Someone has already decided about these two reports: reload the list.");

    public static readonly Error ReasonRequired = new("duplicate.reason_required", "Say why these are not the same incident.", "Reason");

    public static readonly Error ReasonTooLong = new("duplicate.reason_too_long", $"Keep the reason under {DuplicateDecision.ReasonMaxLength} characters.", "Reason");
}

/// <summary>
/// The decision on a suggested pair of reports (the lower incident id first): linked as one incident, or dismissed with
/// a reason. Who decided and when are kept; a pair is decided once (a unique index backs this across nodes).
/// </summary>
public sealed class DuplicateDecision
{
    public const int ReasonMaxLength = 1000;

    private DuplicateDecision()
    {
    }

    public int Id { get; private set; }

    public int IncidentId { get; private set; }

    public int OtherIncidentId { get; private set; }

    public DuplicateVerdict Verdict { get; private set; }

    public string? Reason { get; private set; }

    public string DecidedByUserId { get; private set; } = "";

    public string DecidedByName { get; private set; } = "";

    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>
    /// Decides about the pair: linking needs no reason (a note is kept if given); dismissing needs one.
    /// <paramref name="alreadyDecided"/> is whether a decision on the pair exists.
    /// </summary>
    public static Result<DuplicateDecision> Decide(int incidentId, int otherIncidentId, DuplicateVerdict verdict, string? reason, bool alreadyDecided, Actor by, DateTimeOffset now)
    {
        if (incidentId == otherIncidentId)
            return DuplicateErrors.SameIncident;
        if (alreadyDecided)
            return DuplicateErrors.AlreadyDecided;
        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (verdict == DuplicateVerdict.Dismissed && text is null)
            return DuplicateErrors.ReasonRequired;
        if (text?.Length > ReasonMaxLength)
            return DuplicateErrors.ReasonTooLong;
        return Result<DuplicateDecision>.Ok(new DuplicateDecision
        {
            IncidentId = Math.Min(incidentId, otherIncidentId),
            OtherIncidentId = Math.Max(incidentId, otherIncidentId),
            Verdict = verdict,
            Reason = text,
            DecidedByUserId = by.UserId,
            DecidedByName = by.Name,
            DecidedAt = now,
        });
    }
}
