using System.Linq.Expressions;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>
/// The filters' date range on anything with a day it occurred and an instant it was submitted (an incident, a privacy
/// report): whole Melbourne days, "to" included. The bounds are query parameters, not constants in the SQL.
/// </summary>
internal static class DateRangeFilter
{
    public static IQueryable<T> Apply<T>(
        IQueryable<T> query, AnalysisFilters f, Expression<Func<T, DateOnly>> occurredOn, Expression<Func<T, DateTimeOffset?>> submittedAt)
    {
        if (f.Basis == DateBasis.Submitted)
        {
            if (f.FromDay is { } from)
                query = query.Where(Compare(submittedAt, MelbourneTime.StartOfDay(from), ExpressionType.GreaterThanOrEqual));
            if (f.ToDay is { } to)
                query = query.Where(Compare(submittedAt, MelbourneTime.StartOfDay(to.AddDays(1)), ExpressionType.LessThan));
            return query;
        }

        if (f.FromDay is { } first)
            query = query.Where(Compare(occurredOn, first, ExpressionType.GreaterThanOrEqual));
        if (f.ToDay is { } last)
            query = query.Where(Compare(occurredOn, last, ExpressionType.LessThanOrEqual));
        return query;
    }

    private static Expression<Func<T, bool>> Compare<T, TValue>(Expression<Func<T, TValue>> member, TValue value, ExpressionType comparison)
    {
        var bound = Expression.Property(Expression.Constant(new Bound<TValue>(value)), nameof(Bound<TValue>.Value));
        return Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(comparison, member.Body, bound), member.Parameters);
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateTimeOffset?>> member, DateTimeOffset value, ExpressionType comparison) =>
        Compare(member, (DateTimeOffset?)value, comparison);

    /// <summary>Holds a bound so EF sends it as a parameter.</summary>
    private sealed record Bound<TValue>(TValue Value);
}
