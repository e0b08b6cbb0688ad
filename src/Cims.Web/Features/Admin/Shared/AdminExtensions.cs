using System.Linq.Expressions;
using Cims.Domain.Common;
using Cims.Domain.Reference;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cims.Web.Features.Admin.Shared;

public static class AdminExtensions
{
    /// <summary>Puts an expected failure beside its field, or at the top of the form when it has none.</summary>
    public static void AddError(this ModelStateDictionary modelState, Error error) =>
        modelState.AddModelError(error.Field ?? string.Empty, error.Message);

    /// <summary>Reference values that can be chosen on <paramref name="day"/> (translated to SQL).</summary>
    public static Expression<Func<T, bool>> ValidOn<T>(DateOnly day)
        where T : ReferenceItem =>
        r => (r.ValidFrom == null || r.ValidFrom <= day) && (r.ValidTo == null || r.ValidTo >= day);

    /// <summary>Lower-case search text, or null when blank.</summary>
    public static string? SearchTerm(this string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}

/// <summary>The active filter of admin lists.</summary>
public enum StatusFilter
{
    Active,
    Inactive,
    All,
}
