namespace Cims.Web.Infrastructure.Sessions;

/// <summary>
/// A form posted after its sender's session had ended (ADR 0057): kept, encrypted for that user, until they sign in
/// again and send it, or until it expires (<c>Cims:Session:KeptFormMinutes</c>).
/// </summary>
public sealed class KeptForm
{
    public const int PathMaxLength = 2048;

    public Guid Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>The path and query string the form was posted to.</summary>
    public required string Path { get; init; }

    /// <summary>The form's fields, protected with Data Protection for this user alone.</summary>
    public required byte[] Payload { get; init; }

    public DateTimeOffset KeptAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}

/// <summary>What a kept form holds once its user has signed in again: where it goes and what was typed, in order.</summary>
public sealed record KeptFormContent(Guid Id, string Path, IReadOnlyList<KeyValuePair<string, string>> Fields, DateTimeOffset KeptAt);
