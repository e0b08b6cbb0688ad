namespace Cims.Browser.Tests.Infrastructure;

/// <summary>The checks every page test relies on report what they exist to find.</summary>
public sealed class AccessibilityCheckTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task AxeCheck_PageGainsAnUnlabelledFieldAndAnImageWithoutText_FailsNamingBoth()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.EvaluateAsync("""
            () => {
                const field = document.createElement('input');
                field.id = 'unlabelled-field';
                const image = document.createElement('img');
                image.id = 'image-without-text';
                image.src = '/favicon.ico';
                document.querySelector('main').append(field, image);
            }
            """);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Accessibility.AssertNoViolationsAsync(page));
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#unlabelled-field", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#image-without-text", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReflowCheck_ElementWiderThan320Pixels_FailsNamingIt()
    {
        var page = await app.NewPageAsync(width: 320);
        await page.GotoAsync("/Account/Login");
        await Accessibility.AssertNoHorizontalScrollAsync(page);

        await page.EvaluateAsync("""
            () => {
                const wide = document.createElement('div');
                wide.id = 'too-wide';
                wide.textContent = 'x'.repeat(200);
                document.querySelector('main').append(wide);
            }
            """);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Accessibility.AssertNoHorizontalScrollAsync(page));
        Assert.Contains("div#too-wide", failure.Message, StringComparison.Ordinal);
    }
}
