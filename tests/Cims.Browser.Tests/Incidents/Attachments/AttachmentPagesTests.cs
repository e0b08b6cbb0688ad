using System.Text;
using Cims.Browser.Tests.Incidents.Endorsement;
using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Attachments;

public sealed class AttachmentPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    private const string Reporter = "reporter@agency-one.example";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");

    [Fact]
    public async Task AttachmentsStep_EmptyWithAnErrorAndWithTwoFiles_PassAxeAndFit()
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var id = await ReturnedReportAsync();
            var page = await app.SignedInPageAsync(Reporter, width);
            await page.GotoAsync($"/Incidents/Report/{id}/Attachments");
            await CheckAsync(page);

            await AttachAsync(page, "photo.png", Html);
            await Assertions.Expect(page.Locator("#File-error")).ToContainTextAsync("The file must be a PDF");
            await CheckAsync(page);

            await AttachAsync(page, "A very long file name of a scanned body map from the nurse.pdf", Pdf);
            await AttachAsync(page, "bruise.png", Png);
            await Assertions.Expect(page.Locator("#attachments tbody tr")).ToHaveCountAsync(2);
            await CheckAsync(page);

            await page.GotoAsync($"/Incidents/{id}");
            await Assertions.Expect(page.Locator("#attachments tbody tr")).ToHaveCountAsync(2);
            await CheckAsync(page);
        }
    }

    [Fact]
    public async Task Upload_KeyboardOnly_AttachesTheFile()
    {
        var id = await ReturnedReportAsync();
        var page = await app.SignedInPageAsync(Reporter);
        await page.GotoAsync($"/Incidents/Report/{id}/Attachments");
        await page.Locator("#File").SetInputFilesAsync(new FilePayload { Name = "letter.pdf", MimeType = "application/pdf", Buffer = Pdf });

        await page.Locator("#File").FocusAsync();
        await KeyboardUse.TabToAsync(page, "Attach file");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("letter.pdf was attached.");
        await Assertions.Expect(page.Locator("#attachments")).ToContainTextAsync("letter.pdf");
        await KeyboardUse.TabToAsync(page, "Remove letter.pdf");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Remove");
        await KeyboardUse.TabToAsync(page, "Yes, remove it");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#no-attachments")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Upload_11Megabytes_OnKestrel_ShowsTheSizeMessage()
    {
        var id = await ReturnedReportAsync();
        var page = await app.SignedInPageAsync(Reporter);
        await page.GotoAsync($"/Incidents/Report/{id}/Attachments");

        await AttachAsync(page, "huge.pdf", [.. Pdf, .. new byte[11 * 1024 * 1024]]);

        await Assertions.Expect(page.Locator("#File-error")).ToContainTextAsync("larger than 10 MB");
    }

    private static async Task AttachAsync(IPage page, string name, byte[] data)
    {
        await page.Locator("#File").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/octet-stream", Buffer = data });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach file" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static async Task CheckAsync(IPage page)
    {
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    /// <summary>A complete report returned to the agency-one reporter, so its attachments step is open to them.</summary>
    private async Task<int> ReturnedReportAsync()
    {
        var id = await BrowserIncidents.CreateAsync(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var incident = await db.Incidents.FindAsync(id);
        incident!.ReturnToReporter(new Actor("builder", "Test Builder"), "Please attach the body map.", DateTimeOffset.UtcNow).MustSucceed();
        await db.SaveChangesAsync();
        return id;
    }
}
