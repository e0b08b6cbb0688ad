using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>axe-core checks against WCAG 2.1 A and AA, and the 320 px reflow rule.</summary>
public static class Accessibility
{
    /// <summary>
    /// axe-core itself (the copy Deque.AxeCore.Commons ships), run in the page with one evaluation: the WCAG 2.1 A
    /// and AA rules, violations only. Deque's Playwright wrapper opens a second page for every run to merge frame
    /// results, which cost about 2 s a check on these machines; CIMS pages have no frames, so nothing is lost.
    /// </summary>
    private const string RunWcag21AA = """
        async except => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                rules: Object.fromEntries(except.map(rule => [rule, { enabled: false }])),
                resultTypes: ['violations'],
            });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
        }
        """;

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var assembly = typeof(AxeRunOptions).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("axe.min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

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

    /// <summary>
    /// What axe-core reads of a page: the window's size, the element with focus and the markup, without the values that
    /// differ on every load of the same page (antiforgery tokens, CSP nonces).
    /// </summary>
    private const string Rendered = """
        () => window.innerWidth + 'x' + window.innerHeight + '|' + (document.activeElement?.outerHTML.slice(0, 200) ?? '') + '|'
            + document.documentElement.outerHTML
                .replace(/(name="__RequestVerificationToken"[^>]*value=")[^"]*/g, '$1')
                .replace(/nonce="[^"]*"/g, '')
        """;

    /// <summary>Pages already found clean in this run, by a hash of what axe-core reads and the rules left out.</summary>
    private static readonly ConcurrentDictionary<string, bool> Clean = new(StringComparer.Ordinal);

    /// <summary>
    /// Fails on any violation, except of the rules named in <paramref name="exceptRules"/>: only for markup CIMS does not
    /// write (a vendored component), each with the reason at the call. A page whose markup, focus and window size were
    /// already found clean in this run (the same page met again by another test) is not checked twice: axe-core's
    /// result depends on nothing else, since the style sheets are the same files for every page.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page, params string[] exceptRules)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join(',', exceptRules) + '|' + await page.EvaluateAsync<string>(Rendered))));
        if (Clean.ContainsKey(key))
            return;
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
            await page.EvaluateAsync(AxeSource.Value);
        var problems = await page.EvaluateAsync<string[]>(RunWcag21AA, exceptRules);
        Assert.True(problems.Length == 0, $"axe-core found on {page.Url}:\n{string.Join("\n", problems)}");
        Clean.TryAdd(key, true);
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
