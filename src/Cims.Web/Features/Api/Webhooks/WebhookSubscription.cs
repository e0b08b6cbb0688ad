namespace Cims.Web.Features.Api.Webhooks;

/// <summary>
/// An organisation's webhook: the HTTPS address its system listens on, the events it wants, and the signing secret,
/// kept only encrypted with Data Protection (<see cref="WebhookSecrets"/>). While a secret is rolled the previous one
/// still signs, beside the new one, until <see cref="PreviousSecretExpiresAt"/>.
/// </summary>
public sealed class WebhookSubscription
{
    public const int UrlMaxLength = 2000;
    public const int DescriptionMaxLength = 200;
    public const int EventsMaxLength = 300;
    public const int ProtectedSecretMaxLength = 1000;
    public const int PausedReasonMaxLength = 300;

    private WebhookSubscription()
    {
    }

    public int Id { get; private set; }

    public int OrganisationId { get; private set; }

    public string Url { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The event types wanted, space separated (<see cref="WebhookEventTypes.Join"/>).</summary>
    public string Events { get; private set; } = "";

    public string ProtectedSecret { get; private set; } = "";

    public string? PreviousProtectedSecret { get; private set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    public bool Paused { get; private set; }

    /// <summary>Why CIMS paused it (deliveries failed for too long); null when the administrator paused it or it runs.</summary>
    public string? PausedReason { get; private set; }

    /// <summary>When the present run of failed deliveries began; null after a delivery is acknowledged.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public static WebhookSubscription Create(int organisationId, string url, string description, IEnumerable<string> events, string protectedSecret, DateTimeOffset now) =>
        new()
        {
            OrganisationId = organisationId,
            Url = url,
            Description = description,
            Events = WebhookEventTypes.Join(events),
            ProtectedSecret = protectedSecret,
            CreatedAt = now,
            UpdatedAt = now,
        };

    public bool Wants(string type) => type == WebhookEventTypes.Ping || WebhookEventTypes.Split(Events).Contains(type);

    public void Update(string url, string description, IEnumerable<string> events, DateTimeOffset now)
    {
        (Url, Description, Events) = (url, description, WebhookEventTypes.Join(events));
        Touch(now);
    }

    public void Pause(DateTimeOffset now, string? reason = null)
    {
        (Paused, PausedReason) = (true, reason);
        Touch(now);
    }

    public void Resume(DateTimeOffset now)
    {
        (Paused, PausedReason, FailingSince) = (false, null, null);
        Touch(now);
    }

    /// <summary>A new secret signs from now on; the one before also signs until <paramref name="overlapUntil"/>.</summary>
    public void RollSecret(string protectedSecret, DateTimeOffset overlapUntil, DateTimeOffset now)
    {
        (PreviousProtectedSecret, PreviousSecretExpiresAt, ProtectedSecret) = (ProtectedSecret, overlapUntil, protectedSecret);
        Touch(now);
    }

    /// <summary>The previous secret, while it still signs.</summary>
    public string? PreviousSecretAt(DateTimeOffset now) => PreviousSecretExpiresAt > now ? PreviousProtectedSecret : null;

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
