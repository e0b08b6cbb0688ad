using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Cims.Web.Tests.Fuzz;

/// <summary>One generated request: where it goes, as whom, what it carries (shown so a failure reproduces), and the request.</summary>
public sealed record FuzzInput(FuzzRoute Route, string Account, string Url, string Shown, bool WithoutToken, HttpRequestMessage Request);

/// <summary>Builds hostile requests for a route: form posts (urlencoded, multipart, or the wrong type) and JSON for the API.</summary>
public static class FuzzInputs
{
    public static FuzzInput Build(Hostile h, FuzzRoute route, string account, string? token, string? idempotencyKey)
    {
        var url = Url(h, route);
        var fields = Fields(h, route);
        var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
        var kind = route.IsApi ? FuzzBodies.Json(h, request, fields, route) : FuzzBodies.Form(h, request, fields, route);
        var withoutToken = !route.IsApi && (token is null || h.Chance(10) || !AddToken(h, request, token));
        if (route.IsApi && idempotencyKey is not null && !h.Chance(12))
            request.Headers.TryAddWithoutValidation("Idempotency-Key", h.Chance(15) ? h.Text() : idempotencyKey);
        var shown = $"{kind}{(withoutToken && !route.IsApi ? ", no antiforgery token" : "")}: " +
            string.Join(", ", fields.Select(f => $"{f.Name}={f.Value.Shown}"));
        return new FuzzInput(route, account, url, shown, withoutToken, request);
    }

    /// <summary>The route with its parameters filled: ids of this organisation and another, ids of nothing, hostile text.</summary>
    private static string Url(Hostile h, FuzzRoute route)
    {
        var url = new StringBuilder();
        foreach (var segment in route.Pattern.PathSegments)
        {
            url.Append('/');
            foreach (var part in segment.Parts)
            {
                url.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart { IsOptional: true } when h.Chance(4) => "",
                    RoutePatternParameterPart p when route.Pattern.Defaults.TryGetValue(p.Name, out var d) && d is string s && p.Name is "controller" or "action" => s,
                    RoutePatternParameterPart p => h.RouteValue(),
                    _ => "",
                });
            }
        }

        return url.ToString().TrimEnd('/') is { Length: > 0 } u ? u : "/";
    }

    /// <summary>The fields sent: most of the route's (some missing, some twice), each hostile, and one it does not know.</summary>
    private static List<(string Name, Wire Value)> Fields(Hostile h, FuzzRoute route)
    {
        var fields = new List<(string, Wire)>();
        foreach (var field in route.Fields.Where(f => !FuzzTypes.IsFile(f.Type)))
        {
            if (h.Chance(5))
                continue; // missing
            var name = FuzzTypes.ElementOf(field.Type) is not null && h.Chance(3) ? $"{field.Name}[{h.Pick(["0", "-1", "99999999", "x"])}]" : field.Name;
            fields.Add((name, h.Value(field)));
            if (h.Chance(6))
                fields.Add((name, h.Value(field))); // repeated
        }

        if (h.Chance(4))
            fields.Add((h.Pick(["__proto__", "Id", "OrganisationId", "x.y[0].z", "", "a%00b"]), Wire.Of(h.Text())));
        return fields;
    }

    /// <summary>Sends the antiforgery token in its header (so every content type carries it); false when it sent a forged one.</summary>
    private static bool AddToken(Hostile h, HttpRequestMessage request, string token)
    {
        var forged = h.Chance(20);
        request.Headers.TryAddWithoutValidation("RequestVerificationToken", forged ? token[..^4] + "AAAA" : token);
        return !forged;
    }
}
