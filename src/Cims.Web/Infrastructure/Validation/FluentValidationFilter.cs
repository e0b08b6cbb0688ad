using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cims.Web.Infrastructure.Validation;

/// <summary>
/// Runs the FluentValidation validator registered for each action argument and copies its failures
/// into ModelState, so actions only check ModelState.IsValid. The API runs the same validators.
/// </summary>
public sealed class FluentValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null)
                continue;
            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (services.GetService(validatorType) is not IValidator validator)
                continue;
            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            result.AddToModelState(context.ModelState);
            foreach (var failure in result.Errors)
                ErrorOrder.Note(context.HttpContext, failure.PropertyName);
        }

        await next();
    }
}

/// <summary>
/// The order validators reported their failures in (their rules follow the page's field order), so the
/// error summary lists messages top to bottom rather than in ModelState's internal key order.
/// </summary>
public static class ErrorOrder
{
    private const string Key = "cims:error-order";

    public static void Note(HttpContext context, string field)
    {
        if (context.Items[Key] is not List<string> order)
            context.Items[Key] = order = [];
        if (!order.Contains(field))
            order.Add(field);
    }

    /// <summary>The position of a field's first failure; fields no validator reported come after, in their own order.</summary>
    public static int Of(HttpContext context, string field) =>
        context.Items[Key] is List<string> order && order.IndexOf(field) is >= 0 and var i ? i : int.MaxValue;
}

public static class ValidationSetup
{
    /// <summary>
    /// Registers every validator of the web assembly. A validator that needs nothing but the clock and keeps no state of
    /// its own is built once (its rules compile expressions, which would otherwise be repeated on every request); one
    /// that reads the database, or keeps what it read, is built per request.
    /// </summary>
    public static IServiceCollection AddCimsValidators(this IServiceCollection services)
    {
        foreach (var found in AssemblyScanner.FindValidatorsInAssemblyContaining(typeof(ValidationSetup)))
        {
            var lifetime = IsStateless(found.ValidatorType) ? ServiceLifetime.Singleton : ServiceLifetime.Scoped;
            services.Add(new ServiceDescriptor(found.InterfaceType, found.ValidatorType, lifetime));
            services.Add(new ServiceDescriptor(found.ValidatorType, found.ValidatorType, lifetime));
        }

        return services;
    }

    /// <summary>Whether every constructor takes only the clock and the type declares no fields of its own.</summary>
    public static bool IsStateless(Type validator) =>
        validator.GetConstructors().All(c => c.GetParameters().All(p => p.ParameterType == typeof(TimeProvider)))
        && validator.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public
            | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly).Length == 0;
}
