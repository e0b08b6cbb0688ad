using Cims.Browser.Tests.Incidents.Department;
using Cims.Browser.Tests.Infrastructure;
using Cims.Domain.Calendar;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cims.Browser.Tests.Incidents.Investigations;

/// <summary>
/// The investigation's clock in a browser: the manager requests an extension (error state first), department staff
/// find it in their list and approve it, pause the clock for police and resume it with the keyboard alone. axe-core
/// and the 320 px check run on every new page and error state.
/// </summary>
public sealed class InvestigationTimePagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    private const string Investigator = "investigator@agency-one.example";
    private const string Staff = "staff@department.example";

    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task RequestApproveHoldResume_EveryPagePassesAxeAndTheClockShowsEachState()
    {
        var (id, due) = await AssignedAsync();
        var wanted = new BusinessCalendar(VictorianHolidays.ForYears(2026, 2030).Select(h => h.Date)).AddBusinessDays(due, 5);
        var manager = await app.SignedInPageAsync(Investigator);
        await manager.GotoAsync($"/Investigations/{id}");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Request an extension" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Send the request to the department" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the new due date you are asking for.");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(manager);
        var date = manager.GetByRole(AriaRole.Group, new() { Name = "New due date" });
        await date.GetByLabel("Day").FillAsync(wanted.Day.ToString(DateFields));
        await date.GetByLabel("Month").FillAsync(wanted.Month.ToString(DateFields));
        await date.GetByLabel("Year").FillAsync(wanted.Year.ToString(DateFields));
        await manager.GetByLabel("Why the investigation needs more time").FillAsync("Police asked us to wait.");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Send the request to the department" }).ClickAsync();
        await Assertions.Expect(manager.Locator("[data-clock-extension]")).ToContainTextAsync(wanted.Display());
        await PageChecks.AssertAccessibleAtBothWidthsAsync(manager);

        var staff = await app.SignedInPageAsync(Staff);
        await staff.GotoAsync("/Department/Investigations/Extensions");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await staff.Locator($"a[href='/Investigations/{id}/Extension/Decide']").ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Decline the extension" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the reason.");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Approve the extension" }).ClickAsync();
        await Assertions.Expect(staff.Locator("[data-clock-due]")).ToContainTextAsync(wanted.Display());

        await staff.GetByRole(AriaRole.Link, new() { Name = "Pause the clock for police" }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Pause the clock" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter the reason.");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await staff.GetByLabel("What police asked").FillAsync("Police reference A-123 asked us to wait.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Pause the clock" }).ClickAsync();
        await Assertions.Expect(staff.Locator("[data-clock-remaining]")).ToContainTextAsync("On hold at police request since");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);

        await staff.GotoAsync($"/Investigations/{id}/Hold");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
        await KeyboardUse.TabToAsync(staff, "Resume the clock");
        await staff.Keyboard.PressAsync("Enter");
        await Assertions.Expect(staff.Locator("#clock-holds tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(staff.Locator("[data-clock-remaining]")).Not.ToContainTextAsync("On hold");
        await PageChecks.AssertAccessibleAtBothWidthsAsync(staff);
    }

    private static readonly System.Globalization.CultureInfo DateFields = System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>An investigation of a submitted incident (follow-up "Investigation", by rule), assigned to the demo investigator.</summary>
    private async Task<(int Id, DateOnly Due)> AssignedAsync()
    {
        var incidentId = await BrowserIncidents.SubmittedAsync(app.Services, new DateOnly(2026, 11, 23));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var manager = (await scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>().FindByEmailAsync(Investigator))!;
        var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
        var opened = Investigation.Open(incident, Assignee.Internal(manager.Id, manager.DisplayName, manager.Email), new Actor("builder", "Test Builder"), DateTimeOffset.UtcNow);
        var investigation = opened.Value!;
        db.Investigations.Add(investigation);
        await db.SaveChangesAsync();
        return (investigation.Id, DateOnly.FromDateTime(investigation.DueAt!.Value.ToMelbourne().DateTime));
    }
}
