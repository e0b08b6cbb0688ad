using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

public sealed class ReferenceDataPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData("/ReferenceData")]
    [InlineData("/ReferenceData/divisions")]
    [InlineData("/ReferenceData/areas")]
    [InlineData("/ReferenceData/service-types")]
    [InlineData("/ReferenceData/incident-types")]
    [InlineData("/ReferenceData/areas/Add")]
    [InlineData("/ReferenceData/incident-types/Add")]
    public async Task ReferencePage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.SignedInPageAsync(CimsAdmin);

        await AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Fact]
    public async Task OptionLists_EveryListAndItsAddPage_PassAxeAndFit()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/ReferenceData");
        var lists = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.List).Nth(1).GetByRole(AriaRole.Link);
        var paths = new List<string>();
        foreach (var link in await lists.AllAsync())
            paths.Add(await HrefAsync(link));
        Assert.NotEmpty(paths);

        foreach (var path in paths)
            await AssertAccessibleAtBothWidthsAsync(page, path);
        await AssertAccessibleAtBothWidthsAsync(page, paths[0] + "/Add");
    }

    [Theory]
    [InlineData("/ReferenceData/areas", "Goulburn")]
    [InlineData("/ReferenceData/incident-types", null)]
    [InlineData("/ReferenceData/divisions", null)]
    public async Task ReferenceEditPage_DesktopAnd320_PassesAxeAndFits(string list, string? name)
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync(list);
        var edits = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = name is null ? "Edit" : $"Edit {name}", Exact = name is not null });

        var edit = await HrefAsync(edits.First);

        await AssertAccessibleAtBothWidthsAsync(page, edit);
    }

    [Fact]
    public async Task EditLinks_AreaList_EachNamesItsValue()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/ReferenceData/areas");

        var names = await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).AllInnerTextsAsync();

        Assert.NotEmpty(names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public async Task EditReferenceValue_ValidToBeforeValidFrom_ErrorSummaryLinksToFieldAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/ReferenceData/areas");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Barwon", Exact = true }).ClickAsync();
        await page.GetByLabel("Valid from (optional)").FillAsync("01/07/2026");
        await page.GetByLabel("Valid to (optional)").FillAsync("30/06/2026");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "The valid-to date must be the same as or after the valid-from date.", "ValidTo");
        await Assertions.Expect(page.Locator("#ValidTo")).ToHaveAttributeAsync("aria-describedby", "ValidTo-error ValidTo-hint");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.SetViewportSizeAsync(320, 900);
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task AddIncidentType_EmptyForm_ErrorSummaryLinksToFieldsAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/ReferenceData/incident-types/Add");
        await page.GetByLabel("Sort order").FillAsync("");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add value" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter a name.", "Name");
        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter a sort order.", "SortOrder");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
