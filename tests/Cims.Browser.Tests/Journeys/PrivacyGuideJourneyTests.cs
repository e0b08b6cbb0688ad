using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Infrastructure.Time;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Cims.Browser.Tests.Journeys;

/// <summary>
/// The privacy form guide's instruction, steps 1–54, with its labels: from the landing page through the six
/// stages (one person added, edited, and a second added), the declaration, the confirmation with the report
/// number in bold, the PDF (checked with pdftotext) and Exit. axe-core runs on every page it visits.
/// </summary>
public sealed partial class PrivacyGuideJourneyTests(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    /// <summary>A 1×1 PNG: the file uploaded at step 48.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly AxeOnce _axe = new();

    [Fact]
    public async Task GuideSteps1To54_EveryStageDeclarationPdfAndExit_WorkAsTheGuideDescribes()
    {
        var page = await app.NewPageAsync();
        var timer = Stopwatch.StartNew();

        await LandingAsync(page);
        await ServiceAsync(page);
        await OfficerAsync(page);
        await DatesAsync(page);
        await DescriptionAsync(page);
        await PeopleAsync(page);
        await ContainmentAsync(page);
        var number = await DeclareAndSubmitAsync(page);
        var wizard = timer.Elapsed;
        await PdfAndExitAsync(page, number);

        output.WriteLine($"Whole wizard, Proceed to the confirmation page, in the browser: {wizard.TotalSeconds:F1} s; pages checked with axe: {_axe.Checked.Count}");
        Assert.True(_axe.Checked.Count >= 12, $"axe ran on {_axe.Checked.Count} pages");
    }

    /// <summary>Step 1: the landing page's statement, policy link and footer links, then Proceed.</summary>
    private async Task LandingAsync(IPage page)
    {
        await page.GotoAsync("/PrivacyReport");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Report a privacy incident");
        await Expect(page.GetByText("one business day", new() { Exact = false }).First).ToBeVisibleAsync();
        foreach (var footer in new[] { "Privacy statement", "Disclaimer", "Accessibility" })
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = footer, Exact = true })).ToBeVisibleAsync();
        await _axe.CheckAsync(page, "landing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proceed" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Service");
    }

    /// <summary>Steps 2–9: organisation typeahead, address typeahead, Area → Program → Service type.</summary>
    private async Task ServiceAsync(IPage page)
    {
        await _axe.CheckAsync(page, "service");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Organisation name" }).FillAsync("Agency One");
        await page.GetByRole(AriaRole.Option, new() { Name = "Agency One Community Services" }).ClickAsync();
        await page.GetByLabel("Street number and name").FillAsync("12 High Street");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Suburb/Town" }).FillAsync("Seym");
        await page.GetByRole(AriaRole.Option, new() { Name = "Seymour VIC 3660" }).ClickAsync();
        await Expect(page.GetByLabel("Postcode")).ToHaveValueAsync("3660");
        foreach (var id in new[] { "#AreaId", "#ProgramId", "#ServiceTypeId" })
        {
            await Expect(page.Locator(id)).ToBeVisibleAsync();
            await page.Locator(id).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        }

        await NextAsync(page, "Officer");
    }

    /// <summary>Steps 10–16: the reporting officer, never anonymous.</summary>
    private async Task OfficerAsync(IPage page)
    {
        await _axe.CheckAsync(page, "officer");
        await page.GetByLabel("Surname (family name)").FillAsync("Nguyen");
        await page.GetByLabel("Given name").FillAsync("Thanh");
        await page.GetByLabel("Reporter's job title").FillAsync("Intake worker");
        await page.GetByLabel("Telephone").FillAsync("0355501234");
        await page.GetByLabel("Email").FillAsync("thanh.nguyen@agency-one.example");
        await page.GetByLabel("Line Manager's Name").FillAsync("Priya Manager");
        await NextAsync(page, "Dates");
    }

    /// <summary>Steps 17–23: dates as DD/MM/YYYY, times in 15-minute steps, each with its accuracy.</summary>
    private async Task DatesAsync(IPage page)
    {
        await _axe.CheckAsync(page, "dates");
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToMelbourne().DateTime);
        await FillDateAsync(page, "Date of incident", today.AddDays(-2));
        await page.GetByLabel("Date accuracy").SelectOptionAsync(new SelectOptionValue { Label = "Exact" });
        await page.GetByLabel("Time of incident").SelectOptionAsync("09:15");
        await page.GetByLabel("Time accuracy").SelectOptionAsync(new SelectOptionValue { Label = "As I was told" });
        await FillDateAsync(page, "Date incident disclosed", today.AddDays(-1));
        await page.GetByLabel("Time incident disclosed").SelectOptionAsync("10:30");
        await NextAsync(page, "Description");
    }

    /// <summary>Steps 24–26: location and description (≤ 5000 characters, counted as they are typed).</summary>
    private async Task DescriptionAsync(IPage page)
    {
        await _axe.CheckAsync(page, "description");
        await page.GetByLabel("Location of incident").FillAsync("Seymour office, reception");
        await page.GetByLabel("Incident description").FillAsync("A letter with a client's case plan was posted to the wrong family.");
        await Expect(page.Locator("#Description-count")).ToContainTextAsync("characters left");
        await NextAsync(page, "People");
    }

    /// <summary>Steps 27–40: one person added and saved, edited, and a second (not a client) added.</summary>
    private async Task PeopleAsync(IPage page)
    {
        await _axe.CheckAsync(page, "people (none)");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add person to incident" }).ClickAsync();
        await _axe.CheckAsync(page, "person form");
        await FillPersonAsync(page, new("CRIS", "CR-55501", "Brown", "Alex", "Female", "Client", "Yes", new DateOnly(1990, 5, 17)));
        await SavePersonAsync(page, "Alex Brown");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Alex Brown" }).ClickAsync();
        await Expect(page.GetByLabel("Surname (family name)")).ToHaveValueAsync("Brown");
        await page.GetByLabel("Given name").FillAsync("Alexandra");
        await SavePersonAsync(page, "Alexandra Brown");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add person to incident" }).ClickAsync();
        await FillPersonAsync(page, new("Not Applicable", null, "Citizen", "Robin", "Male", "Member of the Public", "Not Applicable", null));
        await SavePersonAsync(page, "Robin Citizen");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Alexandra Brown", Exact = true })).ToBeVisibleAsync();
        await _axe.CheckAsync(page, "people (two)");
        await NextAsync(page, "Containment");
    }

    /// <summary>Steps 41–49: information disclosed, actions, consultation with Other, status, risk, breach, case notes, a file.</summary>
    private async Task ContainmentAsync(IPage page)
    {
        await _axe.CheckAsync(page, "containment");
        var disclosed = page.GetByRole(AriaRole.Group, new() { Name = "Information disclosed" });
        await disclosed.GetByLabel("Name", new() { Exact = true }).CheckAsync();
        await disclosed.GetByLabel("Address", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Actions taken in response to the incident").FillAsync("10:45 rang the family, who returned the letter unopened at 14:00.");
        var consultation = page.GetByRole(AriaRole.Group, new() { Name = "Consultation taken" });
        await consultation.GetByLabel("Line manager", new() { Exact = true }).CheckAsync();
        await Expect(page.GetByLabel("Who was consulted or advice sought from")).ToBeHiddenAsync();
        await consultation.GetByLabel("Other", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Who was consulted or advice sought from").FillAsync("The organisation's legal team");
        await page.GetByLabel("Status of information disclosed").SelectOptionAsync(new SelectOptionValue { Label = "Contained" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Further risk of disclosure" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Privacy breach occurred?" }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Case Notes", new() { Exact = true }).FillAsync("Family thanked; letter shredded in front of the client.");
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = "returned-letter.png", MimeType = "image/png", Buffer = Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "returned-letter.png" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Case Notes", new() { Exact = true })).ToHaveValueAsync("Family thanked; letter shredded in front of the client.");
        await _axe.CheckAsync(page, "containment with a file");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).Last.ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Declaration");
    }

    /// <summary>Steps 50–51: tick the declaration and Submit; the number is shown in bold.</summary>
    private async Task<string> DeclareAndSubmitAsync(IPage page)
    {
        await _axe.CheckAsync(page, "declaration");
        await Expect(page.GetByText("Alexandra").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Checkbox).CheckAsync();
        var submit = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await page.WaitForURLAsync("**/PrivacyReport/Submitted");
        await page.WaitForLoadStateAsync(LoadState.Load);
        output.WriteLine($"Submit to the confirmation page loaded: {submit.ElapsedMilliseconds} ms");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Incident submitted successfully");
        await _axe.CheckAsync(page, "submitted");
        var number = (await page.Locator("strong").Filter(new() { HasTextRegex = ReportNumber() }).TextContentAsync())!.Trim();
        Assert.Matches(ReportNumber(), number);
        return number;
    }

    /// <summary>Steps 52–54: Download the PDF (number, both people, the declaration), then Exit to the landing page.</summary>
    private static async Task PdfAndExitAsync(IPage page, string number)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download" }).ClickAsync());
        Assert.Equal($"{number}.pdf", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"cims-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        var text = Regex.Replace(await PdfText.ReadAsync(path), @"\s+", " ");
        File.Delete(path);
        foreach (var expected in new[] { number, "Alexandra", "Brown", "Robin", "Citizen", "CR-55501", "Agency One Community Services", "returned-letter.png", "Nguyen" })
            Assert.Contains(expected, text, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Exit" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/PrivacyReport", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Proceed" })).ToBeVisibleAsync();
    }

    private static async Task FillPersonAsync(IPage page, GuidePerson p)
    {
        await page.GetByLabel("Client unique identifier type").SelectOptionAsync(new SelectOptionValue { Label = p.IdentifierType });
        if (p.Identifier is not null)
            await page.Locator("#Identifier").FillAsync(p.Identifier);
        await page.GetByLabel("Surname (family name)").FillAsync(p.Surname);
        await page.GetByLabel("Given name").FillAsync(p.GivenName);
        await page.GetByLabel("Sex").SelectOptionAsync(new SelectOptionValue { Label = p.Sex });
        await page.GetByLabel("Indigenous status").SelectOptionAsync(new SelectOptionValue { Index = 4 });
        if (p.BirthDate is { } birth)
            await FillDateAsync(page, "Date of birth", birth);
        await page.GetByLabel("No address match for the client").CheckAsync();
        await page.GetByLabel("Street number and name").FillAsync("4 Station Street");
        await page.GetByLabel("Suburb/Town").FillAsync("Seymour");
        await page.GetByLabel("Suburb/Town").PressAsync("Escape");
        await page.GetByLabel("Postcode").FillAsync("3660");
        await page.GetByLabel("Relationship to department").SelectOptionAsync(new SelectOptionValue { Label = p.Relationship });
        await page.GetByLabel("Have the immediate safety needs of each client been met").SelectOptionAsync(new SelectOptionValue { Label = p.SafetyNeeds });
        await page.GetByLabel("IPP 2 – Use and Disclosure").CheckAsync();
        await page.GetByLabel("HPP 2 – Use and Disclosure").CheckAsync();
    }

    private static async Task SavePersonAsync(IPage page, string listed)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/PrivacyReport/People", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = listed, Exact = true })).ToBeVisibleAsync();
    }

    private static async Task FillDateAsync(IPage page, string legend, DateOnly date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task NextAsync(IPage page, string stage)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).Last.ClickAsync();
        await page.WaitForURLAsync($"**/PrivacyReport/{stage}");
    }

    [GeneratedRegex(@"^PIR-\d{4}-\d{6}$")]
    private static partial Regex ReportNumber();

    private sealed record GuidePerson(
        string IdentifierType, string? Identifier, string Surname, string GivenName, string Sex, string Relationship, string SafetyNeeds, DateOnly? BirthDate);
}
