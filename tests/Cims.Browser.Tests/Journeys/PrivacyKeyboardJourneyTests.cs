using System.Globalization;
using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Features.Privacy.Submission;
using Cims.Web.Infrastructure.Time;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cims.Browser.Tests.Journeys;

/// <summary>The whole privacy wizard, landing page to Exit, with the keyboard alone: Tab, typing, arrows, Space and Enter.</summary>
public sealed class PrivacyKeyboardJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task WholeWizard_KeyboardOnly_SubmitsAndExits()
    {
        var page = await app.NewPageAsync(width: 320);
        await page.GotoAsync("/PrivacyReport");
        await PressOnAsync(page, "Proceed", "**/PrivacyReport/Service");

        await TypeAsync(page, "Organisation name", "Agency One");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#AreaId option")).Not.ToHaveCountAsync(1);
        await TypeAsync(page, "Street number and name", "12 High Street");
        await TypeAsync(page, "Suburb/Town", "Seymour");
        await page.Keyboard.PressAsync("Escape");
        await TypeAsync(page, "Postcode", "3660");
        foreach (var select in new[] { "Area", "Program", "Service type" })
            await ChooseFirstAsync(page, select);
        await PressOnAsync(page, "Next", "**/PrivacyReport/Officer");

        foreach (var (label, text) in new[]
        {
            ("Surname (family name)", "Nguyen"), ("Given name", "Thanh"), ("Reporter's job title", "Intake worker"),
            ("Telephone", "0355501234"), ("Email", "thanh@agency-one.example"), ("Line Manager's Name", "Priya Manager"),
        })
            await TypeAsync(page, label, text);
        await PressOnAsync(page, "Next", "**/PrivacyReport/Dates");

        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToMelbourne().DateTime);
        await TypeDateAsync(page, today.AddDays(-2));
        foreach (var select in new[] { "Date accuracy", "Time of incident", "Time accuracy" })
            await ChooseFirstAsync(page, select);
        await TypeDateAsync(page, today.AddDays(-1));
        await ChooseFirstAsync(page, "Time incident disclosed");
        await PressOnAsync(page, "Next", "**/PrivacyReport/Description");

        await TypeAsync(page, "Location of incident", "Reception");
        await TypeAsync(page, "Incident description", "A client's letter was handed to another client.");
        await PressOnAsync(page, "Next", "**/PrivacyReport/People");

        await AddPersonAsync(page);
        await PressOnAsync(page, "Next", "**/PrivacyReport/Containment");

        await ContainAsync(page);
        await PressOnAsync(page, "Next", "**/PrivacyReport/Declaration");

        await KeyboardUse.TabToAsync(page, PrivacyDeclaration.CheckboxLabel);
        await page.Keyboard.PressAsync("Space");
        await PressOnAsync(page, "Submit", "**/PrivacyReport/Submitted");
        await Expect(page.Locator("strong#report-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^PIR-\d{4}-\d{6}$"));

        await PressOnAsync(page, "Exit", "**/PrivacyReport");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Proceed" })).ToBeVisibleAsync();
    }

    private static async Task AddPersonAsync(IPage page)
    {
        await PressOnAsync(page, "Add person to incident", "**/PrivacyReport/People/Add");
        await ChooseFirstAsync(page, "Client unique identifier type");
        await TypeAsync(page, "Client unique identifier", "CR-1001");
        await TypeAsync(page, "Surname (family name)", "Brown");
        await TypeAsync(page, "Given name", "Alex");
        await ChooseFirstAsync(page, "Sex");
        await ChooseFirstAsync(page, "Indigenous status");
        await TypeDateAsync(page, new DateOnly(1990, 5, 17));
        await KeyboardUse.TabToAsync(page, "No address match for the client");
        await page.Keyboard.PressAsync("Space");
        await TypeAsync(page, "Street number and name", "4 Station Street");
        await TypeAsync(page, "Suburb/Town", "Seymour");
        await page.Keyboard.PressAsync("Escape");
        await TypeAsync(page, "Postcode", "3660");
        await ChooseFirstAsync(page, "Relationship to department");
        await ChooseFirstAsync(page, "Have the immediate safety needs of each client been met");
        await KeyboardUse.TabToAsync(page, "IPP 2 – Use and Disclosure");
        await page.Keyboard.PressAsync("Space");
        await PressOnAsync(page, "Save", "**/PrivacyReport/People");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Alex Brown", Exact = true })).ToBeVisibleAsync();
    }

    private static async Task ContainAsync(IPage page)
    {
        await KeyboardUse.TabToAsync(page, "Name");
        await page.Keyboard.PressAsync("Space");
        await KeyboardUse.TabToAsync(page, "Line manager");
        await page.Keyboard.PressAsync("Space");
        await ChooseFirstAsync(page, "Status of information disclosed");
        await KeyboardUse.TabToAsync(page, "Yes");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator("#FurtherRisk-No")).ToBeCheckedAsync();
        await KeyboardUse.TabToAsync(page, "Yes");
        await page.Keyboard.PressAsync("Space");
        await Expect(page.Locator("#BreachOccurred")).ToBeCheckedAsync();
    }

    private static async Task TypeAsync(IPage page, string label, string text)
    {
        await KeyboardUse.TabToAsync(page, label);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>The next Day, Month and Year fields in tab order.</summary>
    private static async Task TypeDateAsync(IPage page, DateOnly date)
    {
        await TypeAsync(page, "Day", date.Day.ToString(CultureInfo.InvariantCulture));
        await TypeAsync(page, "Month", date.Month.ToString(CultureInfo.InvariantCulture));
        await TypeAsync(page, "Year", date.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Tabs to a select and moves to its first real option with the down arrow.</summary>
    private static async Task ChooseFirstAsync(IPage page, string label)
    {
        await KeyboardUse.TabToAsync(page, label);
        await page.Keyboard.PressAsync("ArrowDown");
    }

    private static async Task PressOnAsync(IPage page, string name, string url)
    {
        await KeyboardUse.TabToAsync(page, name);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url);
    }
}
