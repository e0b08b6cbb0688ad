using System.Reflection;

namespace Cims.Web.Features.Shared.Help;

/// <summary>One field's help: its key, the field's label (for the disclosure's summary) and the text, in plain Markdown.</summary>
public sealed record HelpEntry(string Key, string Label, string Text)
{
    /// <summary>The text's blocks, split at blank lines: a paragraph, or a list whose lines start with "- ".</summary>
    public IReadOnlyList<HelpBlock> Blocks { get; } = HelpBlock.Parse(Text);
}

/// <summary>A paragraph (one item, not a list) or a bulleted list.</summary>
public sealed record HelpBlock(bool IsList, IReadOnlyList<string> Items)
{
    public static IReadOnlyList<HelpBlock> Parse(string text) => text
        .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(block => block.Split('\n').Select(l => l.Trim()).ToList())
        .Select(lines => lines.All(l => l.StartsWith("- ", StringComparison.Ordinal))
            ? new HelpBlock(true, lines.Select(l => l[2..].Trim()).ToList())
            : new HelpBlock(false, [string.Join(' ', lines)]))
        .ToList();
}

/// <summary>
/// The "What is this?" help of every form field, read once from the one catalogue (help.md, embedded in the assembly):
/// the pages show it beside the field and the API's OpenAPI document describes the same field with the same text.
/// </summary>
public sealed class HelpCatalogue
{
    public const string ResourceName = "Cims.Web.help.md";

    private readonly Dictionary<string, HelpEntry> entries;

    public HelpCatalogue()
        : this(ReadResource())
    {
    }

    public HelpCatalogue(string markdown) => entries = Parse(markdown);

    public IReadOnlyCollection<string> Keys => entries.Keys;

    /// <summary>The entry of a key; a key the catalogue lacks is a bug in the view or the API map, so it throws.</summary>
    public HelpEntry this[string key] => entries.TryGetValue(key, out var entry)
        ? entry
        : throw new KeyNotFoundException($"The help catalogue (help.md) has no entry \"{key}\".");

    /// <summary>Entries start at a line "## key | Label"; the text runs to the next entry. Anything before the first is the file's own notes.</summary>
    public static Dictionary<string, HelpEntry> Parse(string markdown)
    {
        var result = new Dictionary<string, HelpEntry>(StringComparer.Ordinal);
        var sections = ("\n" + markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Split("\n## ");
        foreach (var section in sections.Skip(1))
        {
            var newline = section.IndexOf('\n', StringComparison.Ordinal);
            var heading = newline < 0 ? section : section[..newline];
            var parts = heading.Split('|', 2, StringSplitOptions.TrimEntries);
            var text = newline < 0 ? "" : section[(newline + 1)..].Trim();
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || text.Length == 0)
                throw new FormatException($"Help entry \"{heading}\" needs \"## key | Label\" and a text.");
            if (!result.TryAdd(parts[0], new HelpEntry(parts[0], parts[1], text)))
                throw new FormatException($"Help entry \"{parts[0]}\" appears twice.");
        }
        return result;
    }

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded help catalogue {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
