using System.Text.RegularExpressions;
using Cims.Web.Features.Api.Docs;
using Cims.Web.Features.Shared.Help;

namespace Cims.Web.Tests.Help;

/// <summary>
/// The help catalogue and its users never drift apart: every key a view or the API's map names has an entry, and every
/// entry is shown somewhere. Read from the source, so a key in any view counts.
/// </summary>
public sealed partial class HelpCatalogueTests
{
    private static readonly HelpCatalogue Catalogue = new();

    [Fact]
    public void Views_EveryFieldHelpKey_InTheCatalogue()
    {
        var missing = ViewKeys().Where(k => !Catalogue.Keys.Contains(k.Key)).Select(k => $"{k.File}: {k.Key}").ToList();

        Assert.True(missing.Count == 0, "Help keys with no entry in help.md:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Catalogue_EveryEntry_UsedByAViewOrTheApi()
    {
        var used = ViewKeys().Select(k => k.Key).Concat(ApiFieldHelp.Keys.Values).ToHashSet(StringComparer.Ordinal);

        var unused = Catalogue.Keys.Where(k => !used.Contains(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unused.Count == 0, "Entries of help.md nothing shows:\n" + string.Join("\n", unused));
    }

    [Fact]
    public void ApiMap_EveryKey_InTheCatalogue() =>
        Assert.All(ApiFieldHelp.Keys.Values.Distinct(), k => Assert.Contains(k, Catalogue.Keys));

    [Fact]
    public void Catalogue_ImpactAndIncidentType_DefinitionsAndTwoWorkedExamplesEach()
    {
        foreach (var key in new[] { "incident.impact", "incident.primaryType" })
        {
            var examples = Catalogue[key].Blocks.Where(b => b.IsList).SelectMany(b => b.Items).Where(i => i.StartsWith("Example:", StringComparison.Ordinal));
            Assert.Equal(2, examples.Count());
        }
        Assert.Contains("unanticipated death", Catalogue["incident.impact"].Text, StringComparison.Ordinal);
        Assert.Contains("first aid", Catalogue["incident.impact"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlocksAndEntries_ParagraphsListsAndLabels()
    {
        var entries = HelpCatalogue.Parse("notes\n\n## a.b | The label\nFirst line\nsame paragraph.\n\n- one\n- two\n\n## c | C\nText.");

        Assert.Equal(["a.b", "c"], entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("The label", entries["a.b"].Label);
        var blocks = entries["a.b"].Blocks;
        Assert.Equal(["First line same paragraph."], blocks[0].Items);
        Assert.True(blocks[1].IsList);
        Assert.Equal(["one", "two"], blocks[1].Items);
    }

    [Theory]
    [InlineData("## a.b\nText.")]
    [InlineData("## a.b | Label\n")]
    [InlineData("## a | A\nText.\n## a | A\nAgain.")]
    public void Parse_EntryWithoutLabelOrTextOrTwice_Refused(string markdown) =>
        Assert.Throws<FormatException>(() => HelpCatalogue.Parse(markdown));

    [Fact]
    public void Indexer_UnknownKey_Throws() => Assert.Throws<KeyNotFoundException>(() => Catalogue["no.such.field"]);

    private static IEnumerable<(string File, string Key)> ViewKeys()
    {
        var features = FeaturesFolder();
        foreach (var file in Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories))
        {
            foreach (Match match in FieldHelpKey().Matches(File.ReadAllText(file)))
                yield return (Path.GetRelativePath(features, file), match.Groups[1].Value);
        }
    }

    private static string FeaturesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cims.sln")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "Cims.Web", "Features");
    }

    [GeneratedRegex("<field-help\\s+key=\"([^\"]+)\"")]
    private static partial Regex FieldHelpKey();
}
