using Microsoft.Playwright;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>Moves through a page with the Tab key only, as a keyboard user would.</summary>
public static class KeyboardUse
{
    private const string FocusedName = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return '';
            const text = e.labels && e.labels.length > 0 ? e.labels[0].textContent : (e.getAttribute('aria-label') || e.textContent);
            return (text || '').replace(/\s+/g, ' ').trim();
        }
        """;

    /// <summary>The accessible name of the focused element: its label, aria-label or text.</summary>
    public static Task<string> FocusedNameAsync(IPage page) => page.EvaluateAsync<string>(FocusedName);

    /// <summary>Presses Tab until the element named <paramref name="name"/> has focus.</summary>
    public static async Task TabToAsync(IPage page, string name, int maxPresses = 80)
    {
        var visited = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedNameAsync(page);
            if (focused == name)
                return;
            visited.Add(focused);
        }

        Assert.Fail($"\"{name}\" was not reached with the Tab key on {page.Url}. Visited: {string.Join(" | ", visited.Distinct())}");
    }

    /// <summary>
    /// Presses Enter on the focused link and waits until the page's address has changed. The address is polled rather
    /// than the navigation's load event awaited: that wait once timed out at 60 s in CI while the tests shared two
    /// cores, and the test needs only the new page, whose content its next assertion waits for.
    /// </summary>
    public static async Task FollowFocusedLinkAsync(IPage page)
    {
        var url = page.Url;
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).Not.ToHaveURLAsync(url, new() { Timeout = 60_000 });
    }
}
