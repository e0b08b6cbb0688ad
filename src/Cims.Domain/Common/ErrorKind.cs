namespace Cims.Domain.Common;

/// <summary>What kind of expected failure an <see cref="Error"/> is, so callers map it without reading its code.</summary>
public enum ErrorKind
{
    /// <summary>A rule, a validation or a conflict: the user can act on the message.</summary>
    Failure,

    /// <summary>The thing does not exist, or is not the user's to see: a web page answers 404.</summary>
    NotFound,

    /// <summary>The thing is no longer in a state that allows the change (someone decided first): the API answers 409.</summary>
    Conflict,
}
