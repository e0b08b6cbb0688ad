using System.Linq.Expressions;
using Cims.Web.Infrastructure.Calendar;
using FluentValidation;

namespace Cims.Web.Infrastructure.Validation;

/// <summary>The rules of a list's "from" and "to" day filters (DD/MM/YYYY, either may be empty).</summary>
public static class DayRangeRules
{
    /// <summary>Each day, when given, is a real date, and "to" is not before "from"; the messages name the fields as the page does.</summary>
    public static void DayRange<T>(
        this AbstractValidator<T> validator, Expression<Func<T, string?>> from, Expression<Func<T, string?>> to,
        string fromName, string toName, string fromExample = "01/11/2026", string toExample = "30/11/2026")
    {
        var fromOf = from.Compile();
        var toOf = to.Compile();
        validator.RuleFor(from).Must(t => AustralianDate.ParseOrNull(t) is not null).When(x => !string.IsNullOrWhiteSpace(fromOf(x)))
            .WithMessage($"Enter the '{fromName}' date as DD/MM/YYYY, like {fromExample}.");
        validator.RuleFor(to).Must(t => AustralianDate.ParseOrNull(t) is not null).When(x => !string.IsNullOrWhiteSpace(toOf(x)))
            .WithMessage($"Enter the '{toName}' date as DD/MM/YYYY, like {toExample}.");
        validator.RuleFor(to).Must((x, t) => AustralianDate.ParseOrNull(t) >= AustralianDate.ParseOrNull(fromOf(x)))
            .When(x => AustralianDate.ParseOrNull(fromOf(x)) is not null && AustralianDate.ParseOrNull(toOf(x)) is not null)
            .WithMessage($"The '{toName}' date must be the same as or after the '{fromName}' date.");
    }
}
