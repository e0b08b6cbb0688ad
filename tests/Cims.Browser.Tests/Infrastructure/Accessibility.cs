using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>axe-core checks against WCAG 2.1 A and AA, and the 320 px reflow rule.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>The innermost elements whose right edge passes the window, to say what to fix.</summary>
    private const string WiderThanWindow = """
        () => {
            const sticksOut = e => e.getBoundingClientRect().right > window.innerWidth + 0.5;
            const clipped = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                    if (getComputedStyle(a).overflowX !== 'visible') return true;
                return false;
            };
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
            const spills = e => getComputedStyle(e).overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0;
            const innermost = [...document.body.querySelectorAll('*')]
                .filter(e => (sticksOut(e) && ![...e.children].some(sticksOut)) || (spills(e) && ![...e.children].some(spills)));
            const unclipped = innermost.filter(e => !clipped(e));
            return (unclipped.length > 0 ? unclipped : innermost)
                .slice(0, 8)
                .map(e => `${name(e)} (${Math.round(e.getBoundingClientRect().right)} px): ${(e.textContent || '').trim().slice(0, 40)}`);
        }
        """;

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        var problems = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(problems.Count == 0, $"axe-core found on {page.Url}:\n{string.Join("\n", problems)}");
    }

    /// <summary>At 320 CSS pixels the page must not scroll sideways (WCAG 1.4.10 Reflow).</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] <= widths[1])
            return;
        var culprits = await page.EvaluateAsync<string[]>(WiderThanWindow);
        Assert.Fail($"{page.Url} is {widths[0]} px wide in a {widths[1]} px window. Sticking out: {string.Join("; ", culprits)}");
    }
}
