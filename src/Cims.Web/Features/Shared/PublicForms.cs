namespace Cims.Web.Features.Shared;

/// <summary>The rate-limiting policies of the public (anonymous) forms.</summary>
public static class PublicForms
{
    /// <summary>The rate-limiting policy of the public (anonymous) forms: requests per minute per client address.</summary>
    public const string RateLimitPolicy = "public-forms";

    /// <summary>The rate-limiting policy of the typing aids' look-ups, counted apart from the pages.</summary>
    public const string LookupRateLimitPolicy = "public-lookups";
}
