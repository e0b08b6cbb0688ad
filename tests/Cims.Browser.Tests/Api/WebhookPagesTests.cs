using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Data;
using Cims.Web.Features.Api.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Api;

/// <summary>The organisation administrator's webhook pages in Chromium: axe-core and 320 px, the keyboard, the secret shown once.</summary>
public sealed class WebhookPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData("/Webhooks")]
    [InlineData("/Webhooks/Create")]
    public async Task WebhookPage_DesktopAnd320_PassesAxeAndFits(string path)
    {
        var page = await app.SignedInPageAsync(OrganisationAdmin);

        await AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Fact]
    public async Task AddWebhook_ByKeyboardAt320_SecretShownOnceAndThePagesPassAxe()
    {
        var page = await app.SignedInPageAsync(OrganisationAdmin, width: 320);
        await page.GotoAsync("/Webhooks");
        await KeyboardUse.TabToAsync(page, "Add a webhook");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Webhooks/Create");
        await page.GetByLabel("Address (URL)").FillAsync("https://cms.agency-one.example/cims/events/a-rather-long-path-that-must-wrap-at-320-pixels");
        await page.GetByLabel("Description").FillAsync("Our client management system");
        await page.Locator("#Events_incident_due_date_changed").UncheckAsync();

        await KeyboardUse.TabToAsync(page, "Add webhook");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(u => u.Contains("/Webhooks/", StringComparison.Ordinal) && !u.EndsWith("/Create", StringComparison.Ordinal));
        var secret = await page.Locator("#webhook-secret").TextContentAsync();
        Assert.StartsWith(WebhookSecrets.Prefix, secret?.Trim(), StringComparison.Ordinal);
        await AssertAccessibleAtBothWidthsAsync(page);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#webhook-secret")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send a test event" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Waiting to be sent")).ToBeVisibleAsync();
        await FailTheEventAsync(int.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send again" })).ToBeVisibleAsync();
        await AssertAccessibleAtBothWidthsAsync(page);
        await AssertAccessibleAtBothWidthsAsync(page, page.Url + "/Edit");
        await AssertAccessibleAtBothWidthsAsync(page, page.Url.Replace("/Edit", "/Delete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddWebhook_PlainHttpAndNoEvents_SummaryLinksToEachFieldAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(OrganisationAdmin);
        await page.GotoAsync("/Webhooks/Create");
        await page.GetByLabel("Address (URL)").FillAsync("http://cms.agency-one.example/events");
        foreach (var box in await page.Locator("input[name=Events]").AllAsync())
            await box.UncheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add webhook" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "The address must start with https://. Plain http:// is allowed only to this computer (localhost, 127.0.0.1 or ::1).", "Url");
        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose at least one event to receive.", "Events");
        await Assertions.Expect(page.GetByLabel("Address (URL)")).ToHaveValueAsync("http://cms.agency-one.example/events");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>Gives the webhook's waiting test event two failed attempts and marks it failed, as the delivery job would.</summary>
    private async Task FailTheEventAsync(int webhook)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var id = await db.WebhookMessages.Where(m => m.SubscriptionId == webhook).Select(m => m.Id).SingleAsync();
        var now = DateTimeOffset.UtcNow;
        db.WebhookAttempts.AddRange(WebhookAttempt.Of(id, now.AddMinutes(-2), 503, null, TimeSpan.FromMilliseconds(40)),
            WebhookAttempt.Of(id, now.AddMinutes(-1), null, "Could not deliver: Connection refused (cms.agency-one.example:443)", TimeSpan.FromMilliseconds(12)));
        await db.SaveChangesAsync();
        await db.WebhookMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.State, WebhookMessageState.Failed)
            .SetProperty(m => m.FailedAt, now).SetProperty(m => m.Attempts, 2).SetProperty(m => m.LastError, "Could not deliver: Connection refused"));
    }
}
