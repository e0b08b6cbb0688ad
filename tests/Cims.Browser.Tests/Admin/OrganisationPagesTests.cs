using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

public sealed class OrganisationPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData("/Organisations")]
    [InlineData("/Organisations?Name=agency&Status=All")]
    [InlineData("/Organisations?Name=nothing-matches-this&Status=Inactive")]
    [InlineData("/Organisations/Create")]
    public async Task OrganisationPage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.SignedInPageAsync(CimsAdmin);

        await AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Theory]
    [InlineData("Agency One Community Services")]
    [InlineData("Department of Health and Human Services")]
    public async Task OrganisationRecordPages_DesktopAnd320_PassAxeAndFit(string name)
    {
        var page = await app.SignedInPageAsync(CimsAdmin);

        await AssertRecordPagesAccessibleAsync(page, "/Organisations?Status=All", name);
    }

    [Fact]
    public async Task DeactivateLink_ActiveAgency_LeadsToAccessibleConfirmation()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Organisations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Agency Two Youth and Family Services" }).ClickAsync();

        var deactivate = await HrefAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Deactivate Agency Two Youth and Family Services", Exact = true }));

        await AssertAccessibleAtBothWidthsAsync(page, deactivate);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Yes, deactivate" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OrganisationPages_LongUnbrokenName_WrapAt320()
    {
        const string name = "Wangaratta&NortheastVictorianCommunityHealthAndDisabilityServicesIncorporated";
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Organisations/Create");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        var details = new Uri(page.Url).PathAndQuery;

        await AssertAccessibleAtBothWidthsAsync(page, details);
        await AssertAccessibleAtBothWidthsAsync(page, details.Replace("/Details/", "/Deactivate/", StringComparison.Ordinal));
        await AssertAccessibleAtBothWidthsAsync(page, "/Organisations?Name=wangaratta");
        await AssertAccessibleAtBothWidthsAsync(page, "/Users/Create");
    }

    [Fact]
    public async Task CreateOrganisation_EmptyName_ErrorSummaryLinksToFieldAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Organisations/Create");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the organisation's name.", "Name");
        await Assertions.Expect(page.Locator("#Name-error")).ToHaveTextAsync("Enter the organisation's name.");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task CreateOrganisation_InvalidAbnAt320_ErrorStatePassesAxeAndFits()
    {
        var page = await app.SignedInPageAsync(CimsAdmin, width: 320);
        await page.GotoAsync("/Organisations/Create");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Checksum Failures Incorporated");
        await page.GetByLabel("ABN (optional)").FillAsync("12 345 678 901");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add organisation" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter a valid ABN: 11 digits, like 51 824 753 556, or leave it blank.", "Abn");
        await Assertions.Expect(page.Locator("#Abn")).ToHaveAttributeAsync("aria-describedby", "Abn-error Abn-hint");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }
}
