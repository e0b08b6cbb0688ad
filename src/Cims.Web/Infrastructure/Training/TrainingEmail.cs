namespace Cims.Web.Infrastructure.Training;

/// <summary>An e-mail the training environment kept instead of sending: what would have been sent, to whom and when.</summary>
public sealed class TrainingEmail
{
    public const int RecipientMaxLength = 320, SubjectMaxLength = 400;

    public int Id { get; private set; }

    public string Recipient { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    /// <summary>When it would have been sent (UTC).</summary>
    public DateTimeOffset KeptAt { get; private set; }

    public static TrainingEmail Create(string recipient, string subject, string htmlBody, DateTimeOffset keptAt) =>
        new() { Recipient = recipient, Subject = subject, HtmlBody = htmlBody, KeptAt = keptAt };
}
