using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Journeys;

/// <summary>Runs axe-core once on each distinct page a journey visits, named by the test.</summary>
public sealed class AxeOnce
{
    private readonly HashSet<string> _checked = [];

    public IReadOnlyCollection<string> Checked => _checked;

    public async Task CheckAsync(IPage page, string name)
    {
        if (_checked.Add(name))
            await Accessibility.AssertNoViolationsAsync(page);
    }
}
