using System.Net;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Report.ReportForms;

namespace Cims.Web.Tests.Incidents.Report;

/// <summary>Each rule of the report form: a bad value shows its message beside the field and in the summary, and the typed values stay.</summary>
public abstract class ReportValidationTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Theory]
    [InlineData("Officer", "Telephone", "03 5550 1234", "Telephone", "digits only")]
    [InlineData("Officer", "Email", "not-an-email", "Email", "right format")]
    [InlineData("Officer", "Surname", "", "Surname", "Enter your surname")]
    [InlineData("Dates", "OccurredDay", "31", "OccurredDay", "real date")]
    [InlineData("Dates", "OccurredYear", "2099", "OccurredDay", "cannot be in the future")]
    [InlineData("Dates", "OccurredTime", "14:10", "OccurredTime", "Choose the time")]
    [InlineData("Dates", "AwareTime", "25:00", "AwareTime", "24-hour time")]
    [InlineData("Dates", "AwareTime", "13:00", "AwareDay", "cannot have become aware before")]
    [InlineData("Dates", "AwareYear", "2099", "AwareDay", "cannot be in the future")]
    [InlineData("Description", "Location", "", "Location", "where the incident happened")]
    [InlineData("Description", "Impact", "", "Impact", "major or non-major")]
    [InlineData("Description", "PrimaryTypeId", "", "PrimaryTypeId", "primary incident type")]
    [InlineData("Clients/Add", "Identifier", "", "Identifier", "Not Applicable")]
    [InlineData("Clients/Add", "BirthMonth", "13", "BirthDay", "real date")]
    [InlineData("Clients/Add", "Postcode", "31", "Postcode", "4 digits")]
    [InlineData("Clients/Add", "Sex", "", "Sex", "sex")]
    [InlineData("Others/Add", "AllegationRole", "", "AllegationRole", "who the subject of allegation is")]
    [InlineData("Actions", "Taken", "POLICE", "PoliceReference", "police reference")]
    [InlineData("Actions", "Taken", "POLICE", "PoliceDay", "date police were notified")]
    public async Task Step_BadValue_MessageBesideFieldAndInSummary(string step, string field, string value, string errorField, string message)
    {
        var (client, id) = await StartedAsync();
        var fields = Valid(step);
        fields[field] = value;

        var page = await PageOf(await PostAsync(client, Url(id, step), fields));

        Assert.Contains(message, page.QuerySelector($"#{errorField}-error")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(page.QuerySelectorAll(".error-summary a"), a => a.TextContent.Contains(message, StringComparison.OrdinalIgnoreCase));
        var kept = fields.First(f => f.Key != field && f.Value.Length > 0 && page.QuerySelector($"input#{f.Key}") is not null);
        Assert.Equal(kept.Value, page.QuerySelector($"input#{kept.Key}")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Service_TypeOfAnotherProgram_Refused()
    {
        var (client, id) = await StartedAsync();
        var page = await client.GetPageAsync(Url(id, "Service"));
        var types = page.QuerySelectorAll("#ServiceTypeId optgroup").Select(g => (g.GetAttribute("data-program")!, g.QuerySelector("option")!.GetAttribute("value")!)).ToList();
        var fields = Service(types[0].Item1, types[^1].Item2, Options(page, "AreaId")[0].Value);

        var result = await PageOf(await PostAsync(client, Url(id, "Service"), fields));

        Assert.Contains("service type of the program", result.QuerySelector("#ServiceTypeId-error")!.TextContent);
        Assert.Equal("1 Main St", result.QuerySelector("#Street")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Description_TooLongAndNonAbuseSecondary_Refused()
    {
        var (client, id) = await StartedAsync();
        var page = await client.GetPageAsync(Url(id, "Description"));
        var types = Options(page, "PrimaryTypeId");
        var fields = Description(types.Single(t => t.Text == "Physical abuse").Value);
        fields["SecondaryTypeId"] = types.Single(t => t.Text == "Medication error").Value;
        fields["Description"] = new string('x', 5001);

        var result = await PageOf(await PostAsync(client, Url(id, "Description"), fields));

        Assert.Contains("5000 characters or fewer", result.QuerySelector("#Description-error")!.TextContent);
        fields["Description"] = "Short.";
        var second = await PageOf(await PostAsync(client, Url(id, "Description"), fields));
        Assert.Contains("abuse type", second.QuerySelector("#SecondaryTypeId-error")!.TextContent);
    }

    [Fact]
    public async Task Clients_NextWithNone_Refused()
    {
        var (client, id) = await StartedAsync();

        var page = await PageOf(await PostAsync(client, Url(id, "Clients"), []));

        Assert.Contains("at least one client", page.QuerySelector("#Clients-error")!.TextContent);
        Assert.Contains("at least one client", page.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task Declaration_NotTickedOrIncomplete_ListsWhatIsMissing()
    {
        var (client, id) = await StartedAsync();

        var unticked = await PageOf(await PostAsync(client, Url(id, "Declaration"), []));
        var incomplete = await PageOf(await PostAsync(client, Url(id, "Declaration"), new() { ["Declared"] = "true" }));

        Assert.Contains("Tick the declaration", unticked.QuerySelector("#Declared-error")!.TextContent);
        Assert.Contains("not complete", incomplete.QuerySelector(".error-summary")!.TextContent);
        Assert.Contains(Url(id, "Officer"), incomplete.QuerySelectorAll("#missing a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Clients_RemoveAfterConfirmation_TakesClientOut()
    {
        var (client, id) = await StartedAsync();
        await PostAsync(client, Url(id, "Clients/Add"), Client("Jo"));

        var confirm = await client.GetPageAsync(Url(id, "Clients/1/Remove"));
        var removed = await client.PostWithTokenAsync(Url(id, "Clients/1/Remove"), FormClient.Token(confirm), new Dictionary<string, string> { ["Version"] = Version(confirm) });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var list = await client.GetPageAsync(Url(id, "Clients"));
        Assert.DoesNotContain("Jo Citizen", list.QuerySelector("#Clients")!.TextContent);
    }

    private async Task<(FormClient Client, int Id)> StartedAsync()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);
        return (client, await StartAsync(client));
    }

    private static Dictionary<string, string> Valid(string step) => step switch
    {
        "Officer" => Officer(),
        "Dates" => Dates(),
        "Description" => Description("1"),
        "Clients/Add" => Client("Jo"),
        "Others/Add" => StaffSubject(),
        _ => new(Actions()) { ["PoliceTime"] = "15:00" },
    };
}

public sealed class SqliteReportValidationTests(SqliteApp app) : ReportValidationTests<SqliteApp>(app);

public sealed class PostgresReportValidationTests(PostgresApp app) : ReportValidationTests<PostgresApp>(app);
