using Microsoft.Playwright;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>Visits a page at desktop width and at 320 px and runs the accessibility checks at each.</summary>
public static class PageChecks
{
    public const string CimsAdmin = "admin@department.example";
    public const string OrganisationAdmin = "orgadmin@agency-one.example";

    /// <summary>The page must load, pass axe-core at 1280 px and at 320 px, and not scroll sideways at either.</summary>
    public static async Task AssertAccessibleAtBothWidthsAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}.");
        await AssertAccessibleAtBothWidthsAsync(page);
    }

    /// <summary>
    /// The page as it is now, at 1280 px and then at 320 px: the same document reflowed, as the server renders one page
    /// for every width (so no second load is needed). axe-core and the sideways-scroll check at each; the size is put back.
    /// </summary>
    public static async Task AssertAccessibleAtBothWidthsAsync(IPage page)
    {
        var size = page.ViewportSize;
        foreach (var width in new[] { 1280, 320 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await Accessibility.AssertNoViolationsAsync(page);
            await Accessibility.AssertNoHorizontalScrollAsync(page);
        }

        if (size is not null)
            await page.SetViewportSizeAsync(size.Width, size.Height);
    }

    /// <summary>The address a link points to, so tests follow the ids the application renders.</summary>
    /// <summary>
    /// The Details, Edit, Deactivate and Reactivate pages of one record, reached from the list page's link
    /// named <paramref name="name"/>, each checked at both widths.
    /// </summary>
    public static async Task AssertRecordPagesAccessibleAsync(IPage page, string listPath, string name)
    {
        await page.GotoAsync(listPath);
        var details = await HrefAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }));

        await AssertAccessibleAtBothWidthsAsync(page, details);
        var edit = await HrefAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = $"Edit {name}", Exact = true }));

        await AssertAccessibleAtBothWidthsAsync(page, edit);
        await AssertAccessibleAtBothWidthsAsync(page, details.Replace("/Details/", "/Deactivate/", StringComparison.Ordinal));
        await AssertAccessibleAtBothWidthsAsync(page, details.Replace("/Details/", "/Reactivate/", StringComparison.Ordinal));
    }

    public static async Task<string> HrefAsync(ILocator link)
    {
        var href = await link.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), "The link has no address.");
        return href!;
    }

    /// <summary>Follows an error-summary link and checks it moved focus to an invalid field.</summary>
    public static async Task AssertSummaryLinkFocusesInvalidFieldAsync(IPage page, string message, string fieldId)
    {
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await summary.GetByRole(AriaRole.Link, new() { Name = message }).ClickAsync();

        Assert.Equal(fieldId, await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Assertions.Expect(page.Locator($"#{fieldId}")).ToHaveAttributeAsync("aria-invalid", "true");
    }
}
