using System.Linq.Expressions;
using Cims.Domain.Reference;

namespace Cims.Web.Features.Shared;

/// <summary>Filters over the register's reference values.</summary>
public static class ReferenceFilters
{
    /// <summary>Reference values that can be chosen on <paramref name="day"/> (translated to SQL).</summary>
    public static Expression<Func<T, bool>> ValidOn<T>(DateOnly day)
        where T : ReferenceItem =>
        r => (r.ValidFrom == null || r.ValidFrom <= day) && (r.ValidTo == null || r.ValidTo >= day);
}
