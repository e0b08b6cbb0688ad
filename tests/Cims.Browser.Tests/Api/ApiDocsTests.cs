using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Api;

/// <summary>
/// /api/docs as an integrator opens it, anonymous: the Scalar reference over /openapi/v1.json renders the API's
/// operations under the strict Content-Security-Policy (its run-time styles carry the page's nonce, ADR 0031), with no
/// violation (checked at the end of every browser test), no console error and no request to another origin.
/// </summary>
public sealed class ApiDocsTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task ApiDocs_Anonymous_ShowsTheIncidentsEndpointWithoutConsoleErrors()
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        var elsewhere = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                elsewhere.Add(request.Url);
        };

        var response = await page.GotoAsync("/api/docs");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByText("Submit a report endorsed in the provider's system").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("/api/v1/incidents").First).ToBeAttachedAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(errors.Count == 0, "Console errors:\n" + string.Join("\n", errors));
        Assert.True(elsewhere.Count == 0, "Requests to other origins:\n" + string.Join("\n", elsewhere));

        await Accessibility.AssertNoViolationsAsync(page);
    }
}
