using System.Globalization;
using System.Net;
using Cims.Domain.Calendar;
using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cims.Web.Tests.ReferenceData.PageForms;

namespace Cims.Web.Tests.ReferenceData;

public abstract class HolidaysTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private Task<FormClient> AdminAsync() => FormClient.SignedInAsync(app, AdminEmail);

    private Task<int> HolidayIdAsync(DateOnly date, string name) =>
        app.WithDbAsync(db => db.PublicHolidays.Where(h => h.Date == date && h.Name == name).Select(h => h.Id).SingleAsync());

    private Task<BusinessCalendar> CalendarAsync() =>
        app.Services.GetRequiredService<HolidayCalendarProvider>().GetAsync(CancellationToken.None);

    [Fact]
    public async Task Index_2026_ListsGeneratedHolidaysWithWeekdays()
    {
        var page = await (await AdminAsync()).GetPageAsync("/Holidays?year=2026");

        var rows = Rows(page);
        Assert.Contains(new[] { "Tuesday 03/11/2026", "Melbourne Cup", "Generated", "Edit Melbourne Cup Delete Melbourne Cup" }, rows);
        Assert.Contains(rows, r => r[0] == "Friday 03/04/2026" && r[1] == "Good Friday");
        Assert.Equal(VictorianHolidays.ForYear(2026).Count, rows.Count);
    }

    [Fact]
    public async Task Index_NoYear_ShowsCurrentMelbourneYear()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Australia/Melbourne");
        var year = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).Year;

        var page = await (await AdminAsync()).GetPageAsync("/Holidays");

        Assert.Equal($"Victorian public holidays, {year}", Text(page.QuerySelector("h1")!));
        Assert.Equal(year.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#year option[selected]")!.TextContent);
    }

    [Fact]
    public async Task Add_Holiday_ListedAuditedAndNotABusinessDay()
    {
        var client = await AdminAsync();
        Assert.True((await CalendarAsync()).IsBusinessDay(new DateOnly(2031, 12, 15)));

        var response = await client.SubmitAsync("/Holidays/Add", f => (f["Date"], f["Name"]) = ("15/12/2031", "Test holiday"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Holidays?year=2031", response.Headers.Location!.OriginalString);
        var rows = Rows(await client.GetPageAsync("/Holidays?year=2031"));
        Assert.Contains(rows, r => r[0] == "Monday 15/12/2031" && r[1] == "Test holiday" && r[2] == "Entered by an administrator");
        var id = await HolidayIdAsync(new DateOnly(2031, 12, 15), "Test holiday");
        var audit = Assert.Single(await AuditAsync(app, "holiday.created", id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("Date: 15/12/2031\nName: Test holiday", audit.Details);
        Assert.False((await CalendarAsync()).IsBusinessDay(new DateOnly(2031, 12, 15)));
    }

    [Fact]
    public async Task Add_SameDateAndName_DuplicateMessage()
    {
        var response = await (await AdminAsync()).SubmitAsync("/Holidays/Add", f => (f["Date"], f["Name"]) = ("25/12/2030", "christmas day"));

        var page = await FormClient.ParseAsync(response);
        Assert.Equal("There is already a holiday called “christmas day” on 25/12/2030.", ErrorFor(page, "Name"));
    }

    [Fact]
    public async Task Add_ImpossibleDateAndNoName_MessagesAndTypedDateKept()
    {
        var response = await (await AdminAsync()).SubmitAsync("/Holidays/Add", f => (f["Date"], f["Name"]) = ("31/02/2030", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Enter the date as DD/MM/YYYY, for example 25/12/2026.", ErrorFor(page, "Date"));
        Assert.Equal("Enter the name of the holiday.", ErrorFor(page, "Name"));
        Assert.Equal("31/02/2030", page.QuerySelector("#Date")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Edit_GeneratedHoliday_BecomesAdministratorEnteredWithAudit()
    {
        var id = await HolidayIdAsync(new DateOnly(2033, 3, 14), "Labour Day");
        var client = await AdminAsync();

        var response = await client.SubmitAsync($"/Holidays/{id}/Edit", f => f["Name"] = "Labour Day (edited)");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rows = Rows(await client.GetPageAsync("/Holidays?year=2033"));
        Assert.Contains(rows, r => r[1] == "Labour Day (edited)" && r[2] == "Entered by an administrator");
        var audit = Assert.Single(await AuditAsync(app, "holiday.updated", id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("Name: Labour Day → Labour Day (edited)", audit.Details);
    }

    [Fact]
    public async Task Edit_StaleVersion_MessageAndTypedValuesKept()
    {
        var id = await HolidayIdAsync(new DateOnly(2032, 6, 14), "King's Birthday");

        var response = await (await AdminAsync()).SubmitAsync($"/Holidays/{id}/Edit", f =>
            (f["Name"], f["Version"]) = ("Sovereign's Birthday", Guid.NewGuid().ToString()));

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Someone else changed this public holiday", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Sovereign's Birthday", page.QuerySelector("#Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Delete_AfterConfirmation_RemovedAuditedAndABusinessDayAgain()
    {
        var cup = new DateOnly(2034, 11, 7);
        var id = await HolidayIdAsync(cup, "Melbourne Cup");
        var client = await AdminAsync();
        var confirm = await client.GetPageAsync($"/Holidays/{id}/Delete");
        Assert.Contains("Melbourne Cup", confirm.QuerySelector("main p")!.TextContent);

        var response = await client.PostWithTokenAsync($"/Holidays/{id}/Delete", FormClient.Token(confirm), Fields(confirm));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.PublicHolidays.AnyAsync(h => h.Id == id)));
        var audit = Assert.Single(await AuditAsync(app, "holiday.deleted", id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal("Date: 07/11/2034\nName: Melbourne Cup", audit.Details);
        Assert.True((await CalendarAsync()).IsBusinessDay(cup));
    }

    [Theory]
    [InlineData("/Holidays/99999/Edit")]
    [InlineData("/Holidays/99999/Delete")]
    [InlineData("/Holidays?year=99999")]
    public async Task UnknownHolidayOrYear_Returns404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await (await AdminAsync()).Http.GetAsync(url)).StatusCode);

    [Fact]
    public async Task Generate_EmptyYear_AddsActHolidaysOnceOnly()
    {
        var client = await AdminAsync();
        var empty = await client.GetPageAsync("/Holidays?year=2040");
        Assert.Contains("There are no public holidays for 2040 yet.", empty.QuerySelector("main")!.TextContent);

        var response = await client.PostWithTokenAsync("/Holidays/Generate", FormClient.Token(empty), Fields(empty));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = VictorianHolidays.ForYear(2040);
        var saved = await app.WithDbAsync(db => db.PublicHolidays.Where(h => h.Date.Year == 2040).OrderBy(h => h.Date).ToListAsync());
        Assert.Equal(expected.Select(h => h.Date), saved.Select(h => h.Date));
        Assert.All(saved, h => Assert.True(h.IsGenerated));
        Assert.Single(await AuditAsync(app, "holidays.generated", "2040"));
        var again = await client.PostWithTokenAsync("/Holidays/Generate", FormClient.Token(empty), Fields(empty));
        Assert.Contains("2040 already has public holidays, so it cannot be generated again.",
            (await FormClient.ParseAsync(again)).QuerySelector(".error-summary")!.TextContent);
    }
}

public sealed class SqliteHolidaysTests(SqliteApp app) : HolidaysTests<SqliteApp>(app);

public sealed class PostgresHolidaysTests(PostgresApp app) : HolidaysTests<PostgresApp>(app);
