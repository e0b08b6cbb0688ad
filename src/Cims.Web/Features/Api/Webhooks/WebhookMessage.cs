namespace Cims.Web.Features.Api.Webhooks;

public enum WebhookMessageState
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>
/// One event for one webhook: a row of the outbox, written in the same transaction as the change it tells of. The body
/// is kept exactly as it is signed and sent. A node claims the row for one attempt by setting <see cref="ClaimToken"/>
/// and <see cref="LeaseUntil"/> where no other lease holds (one conditional update, on every provider); it is
/// <see cref="WebhookMessageState.Delivered"/> only after a 2xx, and otherwise tried again at <see cref="NextAttemptAt"/>
/// until it is older than the maximum age, then <see cref="WebhookMessageState.Failed"/>.
/// </summary>
public sealed class WebhookMessage
{
    public const int TypeMaxLength = 50;
    public const int ErrorMaxLength = 500;

    private WebhookMessage()
    {
    }

    public long Id { get; private set; }

    public int SubscriptionId { get; private set; }

    /// <summary>The event's id (<c>Cims-Event-Id</c>): the same on every attempt, so a receiver can tell a repeat.</summary>
    public Guid EventId { get; private set; }

    public string Type { get; private set; } = "";

    public int? IncidentId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Body { get; private set; } = "";

    public WebhookMessageState State { get; private set; }

    /// <summary>Since when it is being delivered: when it was written, or when an administrator asked to send it again.</summary>
    public DateTimeOffset DeliveringSince { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public int Attempts { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? FailedAt { get; private set; }

    public string? LastError { get; private set; }

    public List<WebhookAttempt> AttemptLog { get; private set; } = [];

    public static WebhookMessage For(int subscriptionId, Guid eventId, string type, int? incidentId, DateTimeOffset occurredAt, string body, DateTimeOffset writtenAt) =>
        new()
        {
            SubscriptionId = subscriptionId,
            EventId = eventId,
            Type = type,
            IncidentId = incidentId,
            OccurredAt = occurredAt,
            Body = body,
            State = WebhookMessageState.Pending,
            DeliveringSince = writtenAt,
            NextAttemptAt = writtenAt,
        };
}

/// <summary>One HTTP attempt to deliver a message: when, the status code or the error, and how long it took.</summary>
public sealed class WebhookAttempt
{
    private WebhookAttempt()
    {
    }

    public long Id { get; private set; }

    public long MessageId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public int? StatusCode { get; private set; }

    public string? Error { get; private set; }

    public int DurationMs { get; private set; }

    public static WebhookAttempt Of(long messageId, DateTimeOffset at, int? statusCode, string? error, TimeSpan duration) => new()
    {
        MessageId = messageId,
        At = at,
        StatusCode = statusCode,
        Error = error is null ? null : error.Length > WebhookMessage.ErrorMaxLength ? error[..WebhookMessage.ErrorMaxLength] : error,
        DurationMs = (int)Math.Min(int.MaxValue, duration.TotalMilliseconds),
    };

    public bool Acknowledged => StatusCode is >= 200 and < 300;
}
