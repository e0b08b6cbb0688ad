using System.Text.RegularExpressions;
using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Features.Incidents.Batch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Cims.Browser.Tests.Journeys;

/// <summary>
/// The issue's "done when": in E1 times, a major-impact incident goes from the reporter's form through return,
/// correction and endorsement to department screening and a PDF; a non-major one goes through the monthly batch.
/// </summary>
public sealed partial class IncidentJourneyTests(JourneyApp app, ITestOutputHelper output) : IClassFixture<JourneyApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    private const string Reporter = "reporter@agency-one.example";
    private const string Delegate = "delegate@agency-one.example";
    private const string Staff = "staff@department.example";
    private const string ReturnReason = "Please add the police notification and its reference number.";

    private static readonly JourneyClient First = new("Alex", "Brown", "100234", "17/05/1990", true, "Allegation 1 – physical abuse: bruising to the arm");
    private static readonly JourneyClient Second = new("Sam", "Citizen", "100871", "02/11/1985", false, "Witnessed the push; no injury");
    private static readonly JourneyClient Third = new("Kim", "Lee", "100999", "08/08/1978", false, "Scratch on the hand");

    private readonly AxeOnce _axe = new();

    [Fact]
    public async Task E1Incidents_ReportReturnEndorseScreenBatchPdf_EveryStepWorksInTheBrowser()
    {
        var reporter = await app.SignedInPageAsync(Reporter);
        var major = await FileMajorIncidentAsync(reporter);

        var delegatePage = await app.SignedInPageAsync(Delegate);
        await ReturnAsync(delegatePage, major);
        await CorrectAndResubmitAsync(reporter, major);
        var number = await EndorseAsync(delegatePage, major, numbered: true);

        var staff = await app.SignedInPageAsync(Staff);
        await ScreenAsync(staff, major, number!);
        await PdfAsync(staff, number!);

        await BatchAsync(reporter, delegatePage);
        output.WriteLine($"axe-core checked {_axe.Checked.Count} pages: {string.Join(", ", _axe.Checked)}");
    }

    private async Task<int> FileMajorIncidentAsync(IPage page)
    {
        var form = new ReportFormDriver(page, _axe);
        await form.StartAsync();
        await form.ServiceAsync();
        await form.OfficerAsync();
        await form.DatesAsync("09:15");
        await form.DescriptionAsync(true, "Lounge room of the group home", "During the evening routine Alex said a support worker pushed her against the wall.");
        await form.AddClientAsync(First);
        await form.AddClientAsync(Second);
        await form.ClientsDoneAsync();
        await form.AddStaffSubjectAsync("Pat Staffer", "Support worker");
        await form.OthersDoneAsync();
        await form.ActionsAsync(policeReference: null);
        var submit = await form.DeclareAndSubmitAsync();

        await Expect(page.Locator("#due-at")).ToHaveTextAsync(new Regex(@"^06/03/2019 9:15 am$", RegexOptions.IgnoreCase));
        await Expect(page.Locator("#due-rule")).ToContainTextAsync("within 24 hours of disclosure");
        output.WriteLine($"Step POST (Next on Incident description → Clients involved loaded): {form.DescriptionPost.TotalMilliseconds:F0} ms");
        output.WriteLine($"Submit (click on declaration → confirmation loaded): {submit.TotalMilliseconds:F0} ms");
        Assert.InRange(form.DescriptionPost, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.InRange(submit, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        return form.Id;
    }

    private async Task ReturnAsync(IPage page, int id)
    {
        await OpenFromQueueAsync(page, id);
        await page.GetByLabel("Reason for returning the report").FillAsync(ReturnReason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Return to reporter" }).ClickAsync();
        await page.WaitForURLAsync($"**/Incidents/{id}");
        await Expect(page.Locator("[data-status]")).ToHaveTextAsync("Returned for correction");
        await _axe.CheckAsync(page, "incident/returned");
    }

    private async Task CorrectAndResubmitAsync(IPage page, int id)
    {
        await page.GotoAsync("/Incidents/Drafts");
        await Expect(page.Locator("#drafts")).ToContainTextAsync(ReturnReason);
        await _axe.CheckAsync(page, "report/drafts");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Continue draft {id}" }).ClickAsync();
        await Expect(page.Locator("#return-reason")).ToContainTextAsync(ReturnReason);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Report steps" }).GetByRole(AriaRole.Link, new() { Name = "Immediate actions" }).ClickAsync();
        await page.WaitForURLAsync($"**/Incidents/Report/{id}/Actions");

        var form = new ReportFormDriver(page, _axe, id);
        await form.ActionsAsync(policeReference: "VP-2019-0042");
        await Expect(page.Locator("#review-Actions").Locator("xpath=../..")).ToContainTextAsync("VP-2019-0042");
        await form.DeclareAndSubmitAsync();
    }

    /// <summary>Endorses from the queue; returns the number the flash shows when the incident is submitted now.</summary>
    private async Task<string?> EndorseAsync(IPage page, int id, bool numbered)
    {
        await OpenFromQueueAsync(page, id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Endorse report" }).ClickAsync();
        await page.WaitForURLAsync($"**/Incidents/{id}");
        if (!numbered)
        {
            await Expect(page.Locator("body")).ToContainTextAsync("will be submitted in the monthly batch");
            return null;
        }

        var flash = page.GetByText(NumberFlash());
        await Expect(flash).ToBeVisibleAsync();
        var number = NumberPattern().Match(await flash.InnerTextAsync()).Value;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(number);
        await _axe.CheckAsync(page, "incident/submitted");
        return number;
    }

    private async Task OpenFromQueueAsync(IPage page, int id)
    {
        await page.GotoAsync("/Endorsement");
        await _axe.CheckAsync(page, "endorsement/queue");
        await page.Locator($"#queue tr[data-id='{id}']").GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await page.WaitForURLAsync($"**/Endorsement/{id}");
        await _axe.CheckAsync(page, "endorsement/review");
    }

    private async Task ScreenAsync(IPage page, int id, string number)
    {
        await page.GotoAsync("/Department/Incidents");
        await _axe.CheckAsync(page, "department/incidents");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }) });
        await Expect(row).ToContainTextAsync("06/03/2019 9:15");
        await row.GetByRole(AriaRole.Link, new() { Name = $"Screen {number}" }).ClickAsync();
        await page.WaitForURLAsync($"**/Department/Incidents/{id}/Screen");
        await _axe.CheckAsync(page, "department/screen");
        await Expect(page.Locator("#suggestion")).ToContainTextAsync("Investigation");

        await page.GetByLabel("Investigation (suggested)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record follow-up" }).ClickAsync();
        await page.WaitForURLAsync("**/Department/Incidents");

        await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/Incidents/{id}");
        await Expect(page.Locator("[data-status]")).ToHaveTextAsync("Follow-up determined");
        await Expect(page.Locator("[data-followup]")).ToHaveTextAsync("Investigation");
        var followUp = page.GetByRole(AriaRole.Region, new() { Name = "Follow-up" });
        await Expect(followUp).ToContainTextAsync("Due (Melbourne time)");
        await Expect(followUp).ToContainTextAsync("15/04/2019");
        await _axe.CheckAsync(page, "incident/follow-up");
    }

    private async Task PdfAsync(IPage page, string number)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"cims-journey-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        try
        {
            var text = await PdfText.ReadAsync(file);
            foreach (var expected in new[] { number, "Alex Brown", "Sam Citizen", "Pat Staffer" })
                Assert.Contains(expected, text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task BatchAsync(IPage reporter, IPage delegatePage)
    {
        var form = new ReportFormDriver(reporter, _axe);
        await form.StartAsync();
        await form.ServiceAsync();
        await form.OfficerAsync();
        await form.DatesAsync("09:30");
        await form.DescriptionAsync(false, "Kitchen", "Kim scratched her hand on a broken cupboard handle; first aid given.");
        await form.AddClientAsync(Third);
        await form.ClientsDoneAsync();
        await form.OthersDoneAsync();
        await form.ActionsAsync(policeReference: null);
        var submit = await form.DeclareAndSubmitAsync();
        await Expect(reporter.Locator("#due-rule")).ToContainTextAsync("monthly batch for March 2019");
        output.WriteLine($"Second report, warm: step POST {form.DescriptionPost.TotalMilliseconds:F0} ms, submit {submit.TotalMilliseconds:F0} ms");

        await EndorseAsync(delegatePage, form.Id, numbered: false);
        await delegatePage.GotoAsync("/Endorsement/Batch");
        await Expect(delegatePage.Locator($"#batch tr[data-id='{form.Id}']")).ToBeVisibleAsync();
        await _axe.CheckAsync(delegatePage, "endorsement/batch");

        app.Clock.SetUtcNow(new DateTimeOffset(2019, 4, 1, 9, 0, 0, TimeSpan.FromHours(11)));
        using (var scope = app.Services.CreateScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MonthlyBatch>().RunAsync(CancellationToken.None));

        var staff = await app.SignedInPageAsync(Staff);
        await staff.GotoAsync($"/Incidents/{form.Id}");
        await Expect(staff.Locator("[data-status]")).ToHaveTextAsync("Submitted to the department");
        var number = $"IRD-2019-{form.Id:D6}";
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(number);
        await staff.GotoAsync("/Department/Incidents");
        await Expect(staff.GetByRole(AriaRole.Link, new() { Name = number, Exact = true })).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"The incident number is IRD-2019-\d{6}")]
    private static partial Regex NumberFlash();

    [GeneratedRegex(@"IRD-2019-\d{6}")]
    private static partial Regex NumberPattern();
}
