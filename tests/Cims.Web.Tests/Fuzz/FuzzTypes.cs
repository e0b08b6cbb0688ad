using Microsoft.AspNetCore.Http;

namespace Cims.Web.Tests.Fuzz;

/// <summary>What kind of value a bound type takes: simple (one field), a file, a list, or a model with properties.</summary>
public static class FuzzTypes
{
    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static bool IsSimple(Type type)
    {
        var t = Underlying(type);
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan);
    }

    public static bool IsFile(Type type) => typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type);

    public static Type? ElementOf(Type type)
    {
        if (type == typeof(string))
            return null;
        if (type.IsArray)
            return type.GetElementType();
        return type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    /// <summary>A type of the app's own that model binding fills property by property.</summary>
    public static bool IsModel(Type type) =>
        type.IsClass && !IsSimple(type) && !IsFile(type) && type.Namespace?.StartsWith("Cims.", StringComparison.Ordinal) == true;
}
