using System.Diagnostics.CodeAnalysis;

namespace Cims.Domain.Common;

/// <summary>The outcome of an operation that can fail for a reason the user should see.</summary>
public readonly record struct Result
{
    private Result(Error? error) => Error = error;

    public Error? Error { get; }

    [MemberNotNullWhen(true, nameof(Error))]
    public bool Failed => Error is not null;

    public static Result Ok() => new(null);

    public static implicit operator Result(Error error) => new(error);
}

/// <summary>The outcome of an operation that yields a value or a reason it could not.</summary>
public readonly record struct Result<T>
    where T : notnull
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    [MemberNotNullWhen(true, nameof(Error))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool Failed => Error is not null;

    public static Result<T> Ok(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);
}
