using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Cims.Web.Features.Shared.Help;

/// <summary>
/// &lt;field-help key="incident.impact" /&gt;: the field's "What is this?" disclosure from the help catalogue, a details
/// element (opens without JavaScript, by keyboard on its summary) whose summary names the field for screen readers.
/// </summary>
[HtmlTargetElement("field-help", TagStructure = TagStructure.WithoutEndTag)]
public sealed partial class FieldHelpTagHelper(HelpCatalogue catalogue) : TagHelper
{
    [HtmlAttributeName("key")]
    public string Key { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var entry = catalogue[Key];
        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-help small mt-1");
        output.Attributes.SetAttribute("data-help", entry.Key);
        var content = output.Content;
        content.AppendHtml("<summary>What is this?<span class=\"visually-hidden\"> (").Append(entry.Label).AppendHtml(")</span></summary>");
        content.AppendHtml("<div class=\"field-help-text\">");
        foreach (var block in entry.Blocks)
        {
            content.AppendHtml(block.IsList ? "<ul>" : "<p>");
            foreach (var item in block.Items)
            {
                content.AppendHtml(block.IsList ? "<li>" : "");
                AppendInline(content, item);
                content.AppendHtml(block.IsList ? "</li>" : "");
            }
            content.AppendHtml(block.IsList ? "</ul>" : "</p>");
        }
        content.AppendHtml("</div>");
    }

    /// <summary>The text, encoded, with each site link [text](/path) as a link (no other markup, no links off the site).</summary>
    private static void AppendInline(TagHelperContent content, string text)
    {
        var at = 0;
        foreach (Match link in SiteLink().Matches(text))
        {
            content.Append(text[at..link.Index]);
            content.AppendHtml("<a href=\"").Append(link.Groups[2].Value).AppendHtml("\">").Append(link.Groups[1].Value).AppendHtml("</a>");
            at = link.Index + link.Length;
        }
        content.Append(text[at..]);
    }

    [GeneratedRegex(@"\[([^\]]+)\]\((/[^)\s]*)\)")]
    private static partial Regex SiteLink();
}
