using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Cims.Domain.Auditing;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.ReferenceData;

/// <summary>Reads a page's post form as a browser would submit it, and its table rows.</summary>
internal static class PageForms
{
    public const string AdminEmail = "admin@department.example";

    /// <summary>The fields of the page's POST form (without the antiforgery token), as a browser would post them.</summary>
    public static Dictionary<string, string> Fields(IHtmlDocument page)
    {
        var form = page.QuerySelectorAll("main form").First(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase));
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if ((input.Type is "checkbox" && !input.IsChecked) || input.Name == "__RequestVerificationToken")
                continue;
            fields.TryAdd(input.Name!, input.Value);
        }

        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
            fields.TryAdd(select.Name!, select.Value ?? "");
        return fields;
    }

    /// <summary>GETs a form page, changes some fields, and posts it back to the same address.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this FormClient client, string url, Action<Dictionary<string, string>> change)
    {
        var page = await client.GetPageAsync(url);
        var fields = Fields(page);
        change(fields);
        return await client.PostWithTokenAsync(url, FormClient.Token(page), fields);
    }

    public static List<string[]> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(Text).ToArray())];

    public static string Text(IElement element) => string.Join(" ", element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string? ErrorFor(IHtmlDocument page, string field) =>
        page.QuerySelector($"#{field}-error") is { } e ? Text(e) : null;

    public static Task<List<AuditEntry>> AuditAsync(CimsAppFactory app, string action, string entityId) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action && a.EntityId == entityId).ToListAsync());
}
