using Cims.Domain.Reference;

namespace Cims.Domain.Tests.Reference;

public sealed class OptionListsTests
{
    [Fact]
    public void Defaults_PrivacyPrinciples_HasIpp1To10AndHpp1To11()
    {
        var codes = OptionLists.Defaults[OptionLists.PrivacyPrinciple].Select(v => v.Code).ToList();

        Assert.Equal(
            [.. Enumerable.Range(1, 10).Select(i => $"IPP{i}"), .. Enumerable.Range(1, 11).Select(i => $"HPP{i}")],
            codes);
    }

    [Fact]
    public void Defaults_PrivacyPrinciples_LabelsNumberAndName()
    {
        var labels = OptionLists.Defaults[OptionLists.PrivacyPrinciple].ToDictionary(v => v.Code, v => v.Label);

        Assert.Equal("IPP 1 – Collection", labels["IPP1"]);
        Assert.Equal("HPP 11 – Making Information Available to Another Health Service Provider", labels["HPP11"]);
    }

    [Fact]
    public void Defaults_EveryList_CodesUniqueAndWithinLength()
    {
        foreach (var (list, values) in OptionLists.Defaults)
        {
            Assert.True(values.Length > 0, list);
            Assert.Equal(values.Length, values.Select(v => v.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(values, v => Assert.InRange(v.Code.Length, 1, OptionItem.CodeMaxLength));
            Assert.All(values, v => Assert.InRange(v.Label.Length, 1, ReferenceItem.NameMaxLength));
        }
    }

    [Fact]
    public void Titles_EveryDefaultList_HasATitle() =>
        Assert.Equal(OptionLists.Defaults.Keys.Order(), OptionLists.Titles.Keys.Order());

    [Fact]
    public void Defaults_IndigenousStatus_UsesAbsCodes() =>
        Assert.Equal(["1", "2", "3", "4", "9"], OptionLists.Defaults[OptionLists.IndigenousStatus].Select(v => v.Code));

    [Fact]
    public void Catalogue_DivisionsAndAreas_FourDivisionsSeventeenAreas()
    {
        Assert.Equal(4, ReferenceCatalogue.DivisionsAndAreas.Count);
        Assert.Equal(17, ReferenceCatalogue.DivisionsAndAreas.Sum(d => d.Areas.Length));
    }

    [Fact]
    public void Catalogue_IncidentTypes_NamesUnique()
    {
        var names = ReferenceCatalogue.IncidentTypes.SelectMany(c => c.Types).Select(t => t.Type).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
