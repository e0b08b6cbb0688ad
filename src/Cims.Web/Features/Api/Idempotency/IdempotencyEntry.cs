namespace Cims.Web.Features.Api.Idempotency;

/// <summary>
/// One Idempotency-Key an API client sent with a POST or PUT: the request it stood for (a SHA-256 of the method, path
/// and content) and the response to give again to a retry, committed with the call's change (<see cref="IdempotencyFilter"/>).
/// </summary>
public sealed class IdempotencyEntry
{
    public const int ClientIdMaxLength = 100;

    public const int KeyMaxLength = 255;

    public string ClientId { get; set; } = "";

    public string Key { get; set; } = "";

    public string RequestHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    /// <summary>The ETag the first response carried (an incident's version after a PUT), given again with it.</summary>
    public string? ETag { get; set; }

    public string? Body { get; set; }
}

/// <summary>What a call answered, kept for its retries: status, content type, Location, ETag and body.</summary>
public sealed record StoredResponse(int Status, string? ContentType, string? Location, string? ETag, string? Body);

/// <summary>The API's Idempotency-Key settings (section "Api:Idempotency").</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Api:Idempotency";

    /// <summary>How long a key and its response are kept (at least a day: a client may retry the next morning).</summary>
    public int KeepHours { get; set; } = 24;
}
