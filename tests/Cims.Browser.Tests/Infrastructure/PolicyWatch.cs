using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>
/// Watches every browser context a test opens for what the browser reports against the page's own code:
/// Content-Security-Policy violations (Chromium's console errors naming the policy or saying "Refused to …", and the
/// securitypolicyviolation event, which an init script logs) and uncaught script errors. At the end of each
/// test the contexts close and <see cref="AssertNone"/> fails the test if anything was reported.
/// </summary>
public sealed class PolicyWatch
{
    private const string ViolationLogger = """
        window.addEventListener('securitypolicyviolation', e => console.error(
            `Content Security Policy violation: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile || e.documentURI}:${e.lineNumber})`));
        """;

    private readonly ConcurrentQueue<string> _reported = new();
    private readonly ConcurrentQueue<IBrowserContext> _contexts = new();

    public async Task WatchAsync(IBrowserContext context)
    {
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && IsPolicyViolation(message.Text))
                _reported.Enqueue($"{message.Page?.Url}: {message.Text}");
        };
        context.WebError += (_, error) => _reported.Enqueue($"{error.Page?.Url}: uncaught script error {error.Error}");
        await context.AddInitScriptAsync(ViolationLogger);
        _contexts.Enqueue(context);
    }

    public static bool IsPolicyViolation(string text) =>
        text.Contains("Refused to", StringComparison.Ordinal)
        || text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
        || text.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase);

    /// <summary>What was reported so far in this test.</summary>
    public IReadOnlyList<string> Reported => [.. _reported];

    /// <summary>What was reported since the last call, which forgets it.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = new List<string>();
        while (_reported.TryDequeue(out var report))
            taken.Add(report);
        return taken;
    }

    public void AssertNone()
    {
        var reported = Take();
        Assert.True(reported.Count == 0,
            $"The browser reported {reported.Count} policy violation(s) or script error(s):\n{string.Join("\n", reported.Distinct())}");
    }

    /// <summary>Lets every open page deliver its pending console messages, closes the test's contexts, then asserts.</summary>
    public async Task EndTestAsync()
    {
        while (_contexts.TryDequeue(out var context))
        {
            foreach (var page in context.Pages.Where(p => !p.IsClosed))
            {
                try
                {
                    await page.EvaluateAsync("() => 0");
                }
                catch (PlaywrightException)
                {
                    // A page closing or navigating away has nothing more to say.
                }
            }

            await context.CloseAsync();
        }

        AssertNone();
    }
}
