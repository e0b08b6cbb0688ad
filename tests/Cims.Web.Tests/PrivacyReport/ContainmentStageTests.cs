using System.Net;
using Cims.Domain.Privacy;
using Cims.Web.Features.Privacy.Containment;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.PrivacyReport.ContainmentClient;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Stage 6, Containment: every rule with its message beside the field and in the summary, and the happy path.</summary>
public abstract class ContainmentStageTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    [Fact]
    public async Task Containment_AllFieldsValid_SavesAndGoesToDeclaration()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);

        var response = await PostAsync(client, Valid());

        Assert.Equal("/PrivacyReport/Declaration", response.Headers.Location?.OriginalString);
        var saved = await SavedAsync(app, id);
        Assert.NotNull(saved);
        Assert.Equal(["NAME", "HEALTH"], saved.InformationDisclosed);
        Assert.Equal(["LINEMANAGER", "OTHER"], saved.Consultation);
        Assert.Equal("Agency legal team", saved.ConsultationOther);
        Assert.Equal("CONTAINED", saved.DisclosureStatus);
        Assert.False(saved.FurtherRisk);
        Assert.True(saved.BreachOccurred);
        Assert.Equal("Client told on the phone.", saved.CaseNotes);
    }

    [Fact]
    public async Task Containment_SavedThenOpenedAgain_ShowsTheSavedValues()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        await PostAsync(client, Valid().With("Nav", "back"));

        var page = await client.GetPageAsync(Url);

        Assert.True(page.QuerySelector("input[name=InformationDisclosed][value=HEALTH]")!.HasAttribute("checked"));
        Assert.False(page.QuerySelector("input[name=InformationDisclosed][value=ADDRESS]")!.HasAttribute("checked"));
        Assert.Equal("Agency legal team", page.QuerySelector("#ConsultationOther")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#FurtherRisk-No")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("#BreachOccurred")!.HasAttribute("checked"));
        Assert.Equal("CONTAINED", page.QuerySelector("#DisclosureStatus option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Containment_Back_SavesAndGoesToPersonsImpacted()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);

        var response = await PostAsync(client, Valid().With("Nav", "back"));

        Assert.Equal("/PrivacyReport/People", response.Headers.Location?.OriginalString);
        Assert.NotNull(await SavedAsync(app, id));
    }

    [Fact]
    public async Task Containment_Page_ShowsTheGuideLabelsOptionsAndHelp()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);

        var page = await client.GetPageAsync(Url);

        var text = page.QuerySelector("main")!.TextContent;
        foreach (var label in new[]
        {
            "Information disclosed", "Actions taken in response to the incident", "Consultation taken", "Who was consulted or advice sought from",
            "Status of information disclosed", "Further risk of disclosure", "Privacy breach occurred?", "Case Notes", "Upload a file",
            "ensure safety and wellbeing of person(s) impacted", "If you are unsure, choose Yes", "only include information that is necessary to manage the incident",
            "Not retrievable: the information cannot be recovered",
        })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }

        Assert.Equal(10, page.QuerySelectorAll("input[name=InformationDisclosed]").Length);
        Assert.NotNull(page.QuerySelector("input[name=Consultation][value=OTHER]"));
        Assert.Equal(["Contained", "Not contained", "Not retrievable"], page.QuerySelectorAll("#DisclosureStatus option[value]:not([value=''])").Select(o => o.TextContent));
        Assert.Equal("multipart/form-data", page.QuerySelector("main form[method=post]")!.GetAttribute("enctype"));
        Assert.Equal("5000", page.QuerySelector("#ActionsTaken")!.GetAttribute("data-count-max"));
        Assert.Equal("Consultation=OTHER", page.QuerySelector("#ConsultationOther-group")!.GetAttribute("data-reveal-when"));
        Assert.Contains("required", page.QuerySelector("label[for=DisclosureStatus]")!.ClassList);
    }

    [Fact]
    public async Task Containment_EarlierStageIncomplete_RedirectsThere()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        var response = await client.Http.GetAsync(Url);

        Assert.Equal("/PrivacyReport/People", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("InformationDisclosed", null, "Choose at least one type of information disclosed.")]
    [InlineData("Consultation", null, "Choose at least one consultation taken.")]
    [InlineData("ConsultationOther", "", PrivacyContainmentFormValidator.OtherMessage)]
    [InlineData("ConsultationOther", "501", "Enter who was consulted or advice sought from in 500 characters or fewer.")]
    [InlineData("DisclosureStatus", "", "Choose the status of the information disclosed.")]
    [InlineData("DisclosureStatus", "BOGUS", "Choose the status of the information disclosed from the list.")]
    [InlineData("InformationDisclosed", "BOGUS", "Choose the information disclosed from the list.")]
    [InlineData("FurtherRisk", null, "Choose Yes if there is a further risk of disclosure, or No.")]
    [InlineData("BreachOccurred", null, "Choose Yes if a privacy breach occurred, or No. If you are unsure, choose Yes.")]
    [InlineData("ActionsTaken", "5001", "Enter the actions taken in response to the incident in 5000 characters or fewer.")]
    [InlineData("CaseNotes", "5001", "Enter case notes of 5000 characters or fewer.")]
    public async Task Containment_BadValue_ShowsMessageBesideFieldAndInSummaryKeepsTypedValuesAndSavesNothing(string field, string? value, string message)
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var fields = value switch
        {
            null => Valid().Without(field),
            "501" or "5001" => Valid().With(field, new string('x', int.Parse(value, System.Globalization.CultureInfo.InvariantCulture))),
            _ => Valid().With(field, value),
        };

        var response = await PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(message, Error(page, field));
        Assert.Contains(message, Summary(page));
        Assert.NotNull(page.QuerySelector($"#{field}"));
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#{field}']"));
        if (field != "CaseNotes")
            Assert.Equal("Client told on the phone.", page.QuerySelector("#CaseNotes")!.TextContent.Trim());
        if (field != "Consultation")
            Assert.True(page.QuerySelector("input[name=Consultation][value=OTHER]")!.HasAttribute("checked"));
        Assert.Null(await SavedAsync(app, id));
    }

    [Fact]
    public async Task Containment_WhoGivenButOtherNotTicked_SavesWithoutWho()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var fields = Valid().Where(f => f.Value != "OTHER").ToList();

        var response = await PostAsync(client, fields);

        Assert.Equal("/PrivacyReport/Declaration", response.Headers.Location?.OriginalString);
        var saved = await SavedAsync(app, id);
        Assert.Equal(["LINEMANAGER"], saved!.Consultation);
        Assert.Null(saved.ConsultationOther);
    }
}

public sealed class SqliteContainmentStageTests(SqlitePrivacyApp app) : ContainmentStageTests<SqlitePrivacyApp>(app);

public sealed class PostgresContainmentStageTests(PostgresPrivacyApp app) : ContainmentStageTests<PostgresPrivacyApp>(app);
