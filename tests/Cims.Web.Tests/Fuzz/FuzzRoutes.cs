using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Fuzz;

/// <summary>A field a route binds: its name as posted (form key, or JSON property) and the type it binds to.</summary>
public sealed record FuzzField(string Name, Type Type);

/// <summary>One route that changes something: method, pattern, the fields it binds, and whether it is the JSON API.</summary>
public sealed record FuzzRoute(string Method, RoutePattern Pattern, IReadOnlyList<FuzzField> Fields, bool IsApi, Endpoint Endpoint)
{
    public string Name => $"{Method} /{Pattern.RawText?.TrimStart('/') ?? string.Join('/', Pattern.PathSegments.Select(Text))}";

    private static string Text(RoutePatternPathSegment s) =>
        string.Concat(s.Parts.Select(p => p is RoutePatternLiteralPart l ? l.Content : p is RoutePatternParameterPart pp ? $"{{{pp.Name}}}" : ""));
}

/// <summary>
/// Every POST, PUT, PATCH and DELETE the app maps, read from its endpoint data source (MVC actions and minimal API
/// endpoints alike), so a new route is fuzzed without editing the fuzzer.
/// </summary>
public static class FuzzRoutes
{
    private static readonly string[] Changing = ["POST", "PUT", "PATCH", "DELETE"];

    public static IReadOnlyList<FuzzRoute> Discover(IServiceProvider services)
    {
        var routes = new Dictionary<string, FuzzRoute>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods.Intersect(Changing))
            {
                var isApi = endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true;
                var route = new FuzzRoute(method, endpoint.RoutePattern, FieldsOf(endpoint).ToList(), isApi, endpoint);
                routes.TryAdd(route.Name, route); // conventional routes map an action more than once ("Home", "")
            }
        }

        return [.. routes.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    private static IEnumerable<FuzzField> FieldsOf(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action)
        {
            return action.Parameters.Where(Bound).SelectMany(p => Expand(
                p.BindingInfo?.BinderModelName ?? (FuzzTypes.IsModel(p.ParameterType) ? "" : p.Name), p.ParameterType, 0));
        }

        if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is { } body)
            return Expand("", body, 0).Select(f => f with { Name = Camel(f.Name) });

        return [];
    }

    private static bool Bound(Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor p) =>
        p.BindingInfo?.BindingSource != BindingSource.Services && p.BindingInfo?.BindingSource != BindingSource.Path
        && p.ParameterType != typeof(CancellationToken) && p.Name != "id";

    /// <summary>A simple value is one field; a form model gives its properties (three levels deep), a list its first item.</summary>
    private static IEnumerable<FuzzField> Expand(string key, Type type, int depth)
    {
        if (FuzzTypes.IsSimple(type) || FuzzTypes.IsFile(type))
            return [new FuzzField(key, type)];
        if (FuzzTypes.ElementOf(type) is { } element)
            return FuzzTypes.IsSimple(element) || FuzzTypes.IsFile(element) ? [new FuzzField(key, type)] : Expand(key + "[0]", element, depth + 1);
        if (depth >= 3 || !FuzzTypes.IsModel(type))
            return [];
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
            .SelectMany(p => Expand(key.Length > 0 ? $"{key}.{p.Name}" : p.Name, p.PropertyType, depth + 1));
    }

    private static string Camel(string name) =>
        string.Join('.', name.Split('.').Select(n => n.Length == 0 ? n : char.ToLowerInvariant(n[0]) + n[1..]));
}
