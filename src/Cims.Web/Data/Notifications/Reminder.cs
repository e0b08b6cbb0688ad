namespace Cims.Web.Data.Notifications;

/// <summary>
/// The outbox row of one reminder: which item (kind and id), for which due date and which step of the series
/// (Before5, DueToday, Overdue, EscalatedDelegate, …). The four are unique together, so inserting the row claims the
/// reminder: a node that loses the insert knows another node has it. A moved due date is a new key, a new series.
/// </summary>
public sealed class Reminder
{
    public const int KindMaxLength = 40;
    public const int SubjectMaxLength = 300;
    public const int ErrorMaxLength = 300;

    /// <summary>After this many failed sends the reminder stays unsent (its notifications are still in the app).</summary>
    public const int MaxAttempts = 5;

    private Reminder()
    {
    }

    public int Id { get; private set; }

    public string ItemKind { get; private set; } = "";

    public int ItemId { get; private set; }

    /// <summary>The item's due day (Melbourne) when the reminder was made.</summary>
    public DateOnly DueOn { get; private set; }

    public string Kind { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set once every recipient's e-mail went.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Set when the last attempt failed: the next run may try again (while under <see cref="MaxAttempts"/>).</summary>
    public DateTimeOffset? LastFailedAt { get; private set; }

    public string? LastError { get; private set; }

    public List<Notification> Notifications { get; private set; } = [];

    public static Reminder Claim(string itemKind, int itemId, DateOnly dueOn, string kind, string subject, DateTimeOffset now) => new()
    {
        ItemKind = itemKind,
        ItemId = itemId,
        DueOn = dueOn,
        Kind = kind,
        Subject = subject.Length > SubjectMaxLength ? subject[..SubjectMaxLength] : subject,
        CreatedAt = now,
        Attempts = 1,
    };
}
