namespace Cims.Web.Data.Notifications;

/// <summary>One recipient of a reminder: what the user sees in their notifications, and whether their e-mail went.</summary>
public sealed class Notification
{
    public const int ReasonMaxLength = 500;
    public const int HrefMaxLength = 200;

    private Notification()
    {
    }

    public int Id { get; private set; }

    public int ReminderId { get; private set; }

    public string UserId { get; private set; } = "";

    /// <summary>"Sent because the investigation plan for incident 2026-00012 is due in 5 business days and you are its manager."</summary>
    public string Reason { get; private set; } = "";

    /// <summary>The item's page, e.g. /Investigations/12.</summary>
    public string Href { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EmailedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification For(string userId, string reason, string href, DateTimeOffset now) => new()
    {
        UserId = userId,
        Reason = reason.Length > ReasonMaxLength ? reason[..ReasonMaxLength] : reason,
        Href = href,
        CreatedAt = now,
    };
}
