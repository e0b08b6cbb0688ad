using Cims.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.PrivacyReport;

/// <summary>What privacy-report.js adds to the wizard: the organisation and suburb typeaheads, dependent fields, counts, reveal and submit-once.</summary>
public sealed class PrivacyEnhancementsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task Service_TypeaheadsWithKeyboard_FillChoicesAndAddressAndReachStage2()
    {
        var page = await StartAsync(1280);
        var organisation = page.GetByRole(AriaRole.Combobox, new() { Name = "Organisation name" });
        await Assertions.Expect(page.Locator("#AreaId")).ToBeHiddenAsync();

        await organisation.FocusAsync();
        await page.Keyboard.TypeAsync("Agency");
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Matching organisations" }).GetByRole(AriaRole.Option);
        await Assertions.Expect(options).ToHaveTextAsync(["Agency One Community Services", "Agency Two Youth and Family Services"]);
        await Assertions.Expect(organisation).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        var first = options.First;
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(organisation).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(organisation).ToHaveValueAsync("Agency One Community Services");
        await Assertions.Expect(organisation).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.Locator("#AreaId option")).Not.ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#ProgramId")).ToBeHiddenAsync();
        foreach (var (select, next) in new[] { ("#AreaId", "#ProgramId"), ("#ProgramId", "#ServiceTypeId"), ("#ServiceTypeId", "") })
        {
            await page.Locator(select).FocusAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            if (next.Length > 0)
                await Assertions.Expect(page.Locator(next)).ToBeVisibleAsync();
        }

        var program = await page.Locator("#ProgramId option:checked").TextContentAsync();
        await Assertions.Expect(page.Locator("#ServiceTypeId optgroup")).ToHaveAttributeAsync("label", program!);

        await page.GetByLabel("Street number and name").FillAsync("12 High Street");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Suburb/Town" }).FocusAsync();
        await page.Keyboard.TypeAsync("Seym");
        var suburbs = page.GetByRole(AriaRole.Listbox, new() { Name = "Matching suburbs and towns" }).GetByRole(AriaRole.Option);
        await Assertions.Expect(suburbs.First).ToHaveTextAsync("Seymour VIC 3660");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByLabel("Suburb/Town")).ToHaveValueAsync("Seymour");
        await Assertions.Expect(page.GetByLabel("Postcode")).ToHaveValueAsync("3660");
        await Assertions.Expect(page.GetByLabel("State")).ToHaveValueAsync("VIC");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Officer");
    }

    [Fact]
    public async Task Service_ComboboxesOpen_320px_PassAxeWithoutSidewaysScroll()
    {
        var page = await StartAsync(320);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Organisation name" }).FocusAsync();
        await page.Keyboard.TypeAsync("Agency");
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Suburb/Town" }).FocusAsync();
        await page.Keyboard.TypeAsync("Sey");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Seymour VIC 3660" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task Script_CountRevealAndSubmit_CountsHidesUntilTickedAndPostsOnceWithTheButton()
    {
        var page = await app.NewPageAsync();
        var posts = new List<string>();
        await page.RouteAsync("**/script-fixture", route => route.FulfillAsync(new() { ContentType = "text/html", Body = Fixture }));
        await page.RouteAsync("**/script-fixture/post", async route =>
        {
            posts.Add(route.Request.PostData ?? "");
            await Task.Delay(500); // Keeps the page open a moment after the first submit.
            await route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>Posted</title><p>Posted</p>" });
        });
        await page.GotoAsync("/script-fixture");

        await page.GetByLabel("What happened").FillAsync("0123456789");
        await Assertions.Expect(page.Locator("[data-count-for=Text]")).ToHaveTextAsync("4,990 characters left");
        var other = page.Locator("#OtherText");
        await Assertions.Expect(other).ToBeHiddenAsync();
        Assert.False(await other.EvaluateAsync<bool>("e => e.required"));
        await page.GetByLabel("Other", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(other).ToBeVisibleAsync();
        Assert.True(await other.EvaluateAsync<bool>("e => e.required"));
        await other.FillAsync("A phone call");

        Assert.Equal("true,true,next", await page.EvaluateAsync<string>(SubmitTwice));

        await Assertions.Expect(page.GetByText("Posted")).ToBeVisibleAsync();
        var post = Assert.Single(posts);
        Assert.Contains("Nav=next", post, StringComparison.Ordinal);
        Assert.DoesNotContain("Nav=back", post, StringComparison.Ordinal);
    }

    /// <summary>Presses Next then submits again at once; says whether both buttons are then disabled and which button is kept as a hidden field.</summary>
    private const string SubmitTwice = """
        () => {
            const form = document.querySelector('form');
            form.querySelector('button[value=next]').click();
            form.requestSubmit();
            return new Promise(done => setTimeout(() => {
                const disabled = [...form.querySelectorAll('button')].map(b => b.disabled);
                done([...disabled, form.querySelector('input[type=hidden][name=Nav]').value].join(','));
            }, 20));
        }
        """;

    private const string Fixture = """
        <!doctype html><html lang="en"><head><title>Script fixture</title></head><body><main>
        <form method="post" action="/script-fixture/post" novalidate>
          <label for="Text">What happened</label><textarea id="Text" name="Text" data-count-max="5000"></textarea>
          <p data-count-for="Text"></p>
          <input type="checkbox" id="Other" name="Other" value="true"><label for="Other">Other</label>
          <div data-reveal-when="Other"><label for="OtherText">Other consultation</label><input id="OtherText" name="OtherText" required></div>
          <button type="submit" name="Nav" value="next">Next</button><button type="submit" name="Nav" value="back">Back</button>
        </form></main><script src="/js/privacy-report.js"></script><script src="/js/submit-once.js"></script></body></html>
        """;

    private async Task<IPage> StartAsync(int width)
    {
        var page = await app.NewPageAsync(width);
        await page.GotoAsync("/PrivacyReport");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proceed" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Service");
        return page;
    }
}
