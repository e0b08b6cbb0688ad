namespace Cims.Web.Features.Admin;

/// <summary>Helpers of the administration lists.</summary>
public static class AdminExtensions
{
    /// <summary>Lower-case search text, or null when blank.</summary>
    public static string? SearchTerm(this string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
