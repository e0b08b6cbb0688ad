namespace Cims.Domain.Common;

/// <summary>An expected failure: a stable code for tests and logs, and a message a user can act on.</summary>
public sealed record Error(string Code, string Message, string? Field = null);
