using System.Globalization;
using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Cims.Web.Features.Privacy;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Infrastructure.FieldErrors;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Stages 3 (Dates) and 4 (Description): every rule, saving with Next and Back, and the one-business-day warning.</summary>
public abstract class DatesDescriptionTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    private static readonly DateOnly Today = TimeProvider.System.Today();

    public static TheoryData<string, string, string> BadDates => new()
    {
        { "OccurredDay=;OccurredMonth=;OccurredYear=", "OccurredDay", "Enter the date of incident." },
        { "OccurredDay=31;OccurredMonth=2", "OccurredDay", "Enter the date of incident as a real date: day, month and year, like 21 11 2026." },
        { Date("Occurred", Today.AddDays(1)), "OccurredDay", PrivacyDatesFormValidator.OccurredInFuture },
        { "DateAccuracy=", "DateAccuracy", "Choose the date accuracy." },
        { "DateAccuracy=SOMETIMES", "DateAccuracy", "Choose the date accuracy from the list." },
        { "OccurredTime=", "OccurredTime", "Choose the time of incident." },
        { "OccurredTime=09:10", "OccurredTime", "Choose the time of incident from the list (24-hour clock, 15-minute steps)." },
        { "TimeAccuracy=", "TimeAccuracy", "Choose the time accuracy." },
        { "TimeAccuracy=SOMETIMES", "TimeAccuracy", "Choose the time accuracy from the list." },
        { "DisclosedDay=;DisclosedMonth=;DisclosedYear=", "DisclosedDay", "Enter the date incident disclosed." },
        { "DisclosedYear=26", "DisclosedDay", "Enter the date incident disclosed as a real date: day, month and year, like 21 11 2026." },
        { Date("Disclosed", Today.AddDays(1)), "DisclosedDay", PrivacyErrors.DisclosedInFuture.Message },
        { Date("Disclosed", Today.AddDays(-2)), "DisclosedDay", PrivacyDatesFormValidator.DisclosedBeforeIncident },
        { Date("Disclosed", Today.AddDays(-1)) + ";DisclosedTime=09:00;OccurredTime=10:00", "DisclosedDay", PrivacyDatesFormValidator.DisclosedBeforeIncident },
        { "DisclosedTime=", "DisclosedTime", "Choose the time incident disclosed." },
    };

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task Dates_BadValue_ShowsMessageBesideFieldAndInSummaryAndKeepsTypedValues(string changes, string field, string message)
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Dates);
        var fields = With(DatesFields(), changes);

        var page = await AssertRejectedAsync(await client.PostStageAsync("Dates", fields), field, message);

        foreach (var part in new[] { "OccurredDay", "OccurredMonth", "OccurredYear", "DisclosedDay", "DisclosedMonth", "DisclosedYear" })
            Assert.Equal(fields[part], page.QuerySelector($"#{part}")!.GetAttribute("value") ?? "");
        if (field != "OccurredTime")
            Assert.Equal(fields["OccurredTime"], page.QuerySelector("#OccurredTime option[selected]")!.TextContent);
    }

    [Fact]
    public async Task Dates_RetiredAccuracy_IsRefused()
    {
        await app.WithDbAsync(async db =>
        {
            var retired = OptionItem.Create(OptionLists.DateAccuracy, "RETIRED", "Retired accuracy", 99);
            retired.Edit("Retired accuracy", 99, null, Today.AddDays(-1));
            db.OptionItems.Add(retired);
            return await db.SaveChangesAsync();
        });
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Dates);

        var page = await AssertRejectedAsync(await client.PostStageAsync("Dates", With(DatesFields(), "TimeAccuracy=RETIRED")), "TimeAccuracy", "Choose the time accuracy from the list.");

        Assert.Null(page.QuerySelector("#TimeAccuracy option[value=RETIRED]"));
    }

    [Fact]
    public async Task Dates_ValidNext_SavesMelbourneTimesAndGoesToDescription()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Dates);

        var response = await client.PostStageAsync("Dates", DatesFields());

        Assert.Equal("/PrivacyReport/Description", response.Headers.Location?.OriginalString);
        var dates = (await LoadAsync(id)).Dates!;
        Assert.Equal(new PrivacyDates(Today.AddDays(-1), "EXACT", new TimeOnly(9, 15), "ESTIMATE", DateFields.ToUtc(Today.ToDateTime(TimeOnly.MinValue))), dates);
        var page = await client.GetPageAsync("/PrivacyReport/Dates");
        Assert.Equal("09:15", page.QuerySelector("#OccurredTime option[selected]")!.TextContent);
        Assert.Equal("EXACT", page.QuerySelector("#DateAccuracy option[selected]")!.GetAttribute("value"));
        Assert.Equal("00:00", page.QuerySelector("#DisclosedTime option[selected]")!.TextContent);
        Assert.Null(page.QuerySelector("#late-disclosure"));
    }

    [Fact]
    public async Task Dates_Back_SavesAndGoesToReportingOfficer()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Dates);

        var response = await client.PostStageAsync("Dates", With(DatesFields(), "Nav=back"));

        Assert.Equal("/PrivacyReport/Officer", response.Headers.Location?.OriginalString);
        Assert.Equal("ESTIMATE", (await LoadAsync(id)).Dates!.TimeAccuracy);
    }

    [Fact]
    public async Task Dates_DisclosedTenDaysAgo_SavesAndWarnsAboutTheOneBusinessDayRule()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Dates);
        var fields = With(DatesFields(), Date("Occurred", Today.AddDays(-11)) + ";" + Date("Disclosed", Today.AddDays(-10)));

        var response = await client.PostStageAsync("Dates", fields);

        Assert.Equal("/PrivacyReport/Description", response.Headers.Location?.OriginalString);
        foreach (var stage in new[] { "Description", "Dates" })
        {
            var warning = (await client.GetPageAsync($"/PrivacyReport/{stage}")).QuerySelector("#late-disclosure");
            Assert.Contains("Privacy incidents must be reported within one business day of becoming aware", warning!.TextContent, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, string> BadDescriptions => new()
    {
        { "Location", "", "Enter the location of incident." },
        { "Location", new string('L', 201), "Enter a location of 200 characters or fewer." },
        { "Description", "", "Enter the incident description." },
        { "Description", "   ", "Enter the incident description." },
        { "Description", new string('D', 5001), PrivacyDescriptionFormValidator.DescriptionTooLong },
    };

    [Theory]
    [MemberData(nameof(BadDescriptions))]
    public async Task Description_BadValue_ShowsMessageBesideFieldAndInSummaryAndKeepsTypedValues(string field, string value, string message)
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Description);
        var fields = DescriptionFields();
        fields[field] = value;

        var page = await AssertRejectedAsync(await client.PostStageAsync("Description", fields), field, message);

        Assert.Equal(fields["Location"], page.QuerySelector("#Location")!.GetAttribute("value") ?? "");
        Assert.Equal(fields["Description"], page.QuerySelector("#Description")!.TextContent.TrimStart('\n'));
    }

    [Fact]
    public async Task Description_5000CharactersCountingLineBreaksOnce_IsSavedAndGoesToPersonsImpacted()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Description);
        var text = string.Join("\r\n", Enumerable.Repeat(new string('x', 99), 50)) + "x";
        Assert.Equal(5049, text.Length);

        var response = await client.PostStageAsync("Description", new() { ["Location"] = " Reception desk ", ["Description"] = text, ["Nav"] = "next" });

        Assert.Equal("/PrivacyReport/People", response.Headers.Location?.OriginalString);
        var saved = (await LoadAsync(id)).Description!;
        Assert.Equal("Reception desk", saved.Location);
        Assert.Equal(PrivacyDescription.DescriptionMaxLength, saved.Description.Length);
    }

    [Fact]
    public async Task Description_Back_SavesAndGoesToDates()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Description);

        var response = await client.PostStageAsync("Description", With(DescriptionFields(), "Nav=back"));

        Assert.Equal("/PrivacyReport/Dates", response.Headers.Location?.OriginalString);
        Assert.Equal("Client's home", (await LoadAsync(id)).Description!.Location);
        var page = await client.GetPageAsync("/PrivacyReport/Description");
        Assert.Equal("Client's home", page.QuerySelector("#Location")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Description_Get_ShowsGuideLabelsAdviceCounterAndHelp()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Description);

        var page = await client.GetPageAsync("/PrivacyReport/Description");

        Assert.Equal(["Location of incident", "Incident description"], page.QuerySelectorAll("label.required").Select(l => l.TextContent.Trim()));
        Assert.Contains("Keep the description short and factual and only include information that is necessary to manage the incident.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("5000", page.QuerySelector("#Description")!.GetAttribute("data-count-max"));
        Assert.Equal("Up to 5000 characters.", page.QuerySelector("#Description-count[aria-live=polite][data-count-for=Description]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("details summary"));
        Assert.Null(page.QuerySelector("#late-disclosure"));
    }

    private static Dictionary<string, string> DatesFields() => With(new Dictionary<string, string>
    {
        ["DateAccuracy"] = "EXACT",
        ["OccurredTime"] = "09:15",
        ["TimeAccuracy"] = "ESTIMATE",
        ["DisclosedTime"] = "00:00",
        ["Nav"] = "next",
    }, Date("Occurred", Today.AddDays(-1)) + ";" + Date("Disclosed", Today));

    private static Dictionary<string, string> DescriptionFields() => new()
    {
        ["Location"] = "Client's home",
        ["Description"] = "A case worker left a client file on a train.\nIt was handed in the next day.",
        ["Nav"] = "next",
    };

    private static string Date(string prefix, DateOnly day) => string.Create(
        CultureInfo.InvariantCulture, $"{prefix}Day={day.Day};{prefix}Month={day.Month};{prefix}Year={day.Year}");

    /// <summary>The fields with "Key=Value;Key=Value" changes applied.</summary>
    private static Dictionary<string, string> With(Dictionary<string, string> fields, string changes)
    {
        foreach (var change in changes.Split(';'))
        {
            var (key, value) = (change.Split('=', 2)[0], change.Split('=', 2)[1]);
            fields[key] = value;
        }

        return fields;
    }

    private Task<Domain.Privacy.PrivacyReport> LoadAsync(int id) => app.WithDbAsync(db => db.PrivacyReports.AsNoTracking().SingleAsync(r => r.Id == id));
}

public sealed class SqliteDatesDescriptionTests(SqlitePrivacyApp app) : DatesDescriptionTests<SqlitePrivacyApp>(app);

public sealed class PostgresDatesDescriptionTests(PostgresPrivacyApp app) : DatesDescriptionTests<PostgresPrivacyApp>(app);
