using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Cims.Load;

/// <summary>What a browser would send for a form: its successful controls, with what the person typed over them.</summary>
public static class Forms
{
    /// <summary>
    /// The first form posting to an address containing <paramref name="action"/> (a form without an action posts to its
    /// page), or with no action given, the first in the page's main content: never the header's sign-out form.
    /// </summary>
    public static IElement? Find(Browser.Page page, string? action) =>
        page.Document.QuerySelectorAll("main form[method=post]")
            .FirstOrDefault(f => action is null || (f.GetAttribute("action") ?? page.Url.AbsolutePath).Contains(action, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The form's fields as a browser collects them (hidden and text inputs, ticked boxes, chosen options, text areas;
    /// no buttons and no files), except those named in <paramref name="typed"/>, which are sent as typed (a name may
    /// repeat, as ticked boxes of one group do).
    /// </summary>
    public static HttpContent Content(IElement form, IReadOnlyList<KeyValuePair<string, string>> typed)
    {
        var names = typed.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var fields = Collect(form).Where(f => !names.Contains(f.Key)).Concat(typed).ToList();
        if (!string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return new FormUrlEncodedContent(fields);
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            multipart.Add(new StringContent(value), name);
        return multipart;
    }

    private static IEnumerable<KeyValuePair<string, string>> Collect(IElement form)
    {
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (element.HasAttribute("disabled"))
                continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file" or "reset" or "image":
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.HasAttribute("checked"))
                        yield return new(name, input.GetAttribute("value") ?? "on");
                    break;
                case IHtmlInputElement input:
                    yield return new(name, input.GetAttribute("value") ?? "");
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.QuerySelector("option[selected]") ?? select.QuerySelector("option");
                    if (chosen is not null)
                        yield return new(name, chosen.GetAttribute("value") ?? chosen.TextContent);
                    break;
                case IHtmlTextAreaElement area:
                    yield return new(name, area.TextContent);
                    break;
            }
        }
    }

    /// <summary>The first message of the page's error summary, or of a field, to say why a form was refused.</summary>
    public static string FirstError(IHtmlDocument page)
    {
        var message = page.QuerySelector("[role=alert] li, .field-validation-error, .invalid-feedback")?.TextContent
            ?? page.QuerySelector("h1")?.TextContent ?? "(the form again, no message)";
        return Regex.Replace(message, @"\s+", " ").Trim();
    }

    /// <summary>The value of the first non-empty option of a list.</summary>
    public static string FirstOption(IHtmlDocument page, string selectName) =>
        page.QuerySelectorAll($"select[name={selectName}] option")
            .Select(o => o.GetAttribute("value") ?? "")
            .FirstOrDefault(v => v.Length > 0)
        ?? throw new LoadFailure("no options", $"the list {selectName} offers nothing to choose");
}
