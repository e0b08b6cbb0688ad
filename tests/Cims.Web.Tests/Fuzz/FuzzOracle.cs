using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// Judges one answer: never a server error or an unhandled exception; a refusal stores nothing and says, in words a
/// person can act on, what was wrong (an error summary on a page, problem details' errors, detail or a sentence title).
/// </summary>
public static class FuzzOracle
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<int> Refusals = [400, 401, 403, 404, 405, 409, 411, 413, 415, 422, 429];

    public static IEnumerable<string> Judge(FuzzInput input, HttpStatusCode status, string? contentType, string body, int errorsLogged, IEnumerable<string> changes)
    {
        var code = (int)status;
        if (code >= 500)
            yield return $"server error {code}";
        if (errorsLogged > 0)
            yield return $"{errorsLogged} error(s) logged";
        if (body.Contains("   at Cims.", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal))
            yield return "a stack trace in the answer";
        if (input.WithoutToken && code is not (400 or 404 or 405 or 413 or 415))
            yield return $"answered {code} without a valid antiforgery token (400 expected)";
        var json = contentType?.Contains("json", StringComparison.Ordinal) == true;
        var formErrors = !json && code == 200 && body.Contains("error-summary", StringComparison.Ordinal);
        if (!Refusals.Contains(code) && !formErrors)
            yield break;
        var stored = changes.ToList();
        if (stored.Count > 0)
            yield return $"refused ({code}) but stored: {string.Join(", ", stored)}";
        if ((json ? JsonMessage(body) : HtmlMessage(body, formErrors)) is { } missing)
            yield return $"refused ({code}) with {missing}";
    }

    private static string? JsonMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            string Text(string name) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
            var errors = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object && e.EnumerateObject().Any();
            return errors || Text("detail").Length > 0 || Text("title").Contains(' ', StringComparison.Ordinal) && Text("title").Length > 25
                ? null
                : $"problem details saying nothing to act on: {Shorten(body)}";
        }
        catch (JsonException)
        {
            return $"a JSON content type and no JSON: {Shorten(body)}";
        }
    }

    private static string? HtmlMessage(string body, bool formErrors)
    {
        var page = Parser.ParseDocument(body);
        if (formErrors)
            return page.QuerySelectorAll(".error-summary li").Any(li => li.TextContent.Trim().Length > 0) ? null : "an empty error summary";
        var text = page.QuerySelector("main")?.TextContent.Trim() ?? page.Body?.TextContent.Trim() ?? "";
        return text.Length >= 20 ? null : $"no message on the page: {Shorten(body)}";
    }

    private static string Shorten(string body) => body.Length == 0 ? "(empty)" : Wire.Show(body);
}
