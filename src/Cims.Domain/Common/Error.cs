namespace Cims.Domain.Common;

/// <summary>An expected failure: a stable code for tests and logs, and a message a user can act on.</summary>
public sealed record Error(string Code, string Message, string? Field = null)
{
    /// <summary>A failure the user can act on, unless made with <see cref="NotFound"/>.</summary>
    public ErrorKind Kind { get; init; } = ErrorKind.Failure;

    public bool IsNotFound => Kind == ErrorKind.NotFound;

    /// <summary>An error meaning the thing does not exist (or is not the user's to see).</summary>
    public static Error NotFound(string code, string message, string? field = null) =>
        new(code, message, field) { Kind = ErrorKind.NotFound };

    /// <summary>An error meaning the change comes too late: the thing has moved on (a decision was made).</summary>
    public static Error Conflict(string code, string message) => new(code, message) { Kind = ErrorKind.Conflict };
}
