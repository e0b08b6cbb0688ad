using System.Net;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Privacy;
using Cims.Web.Features.Shared;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Infrastructure.FieldErrors;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Every rule of stages 1 and 2: the message beside the field and in the summary, and the typed values kept.</summary>
public abstract class PrivacyStageValidationTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    [Theory]
    [InlineData("OrganisationId", "", "Choose the organisation name.")]
    [InlineData("OrganisationId", "999999", "Choose an organisation from the list. If yours is not listed, contact your Funded Agency Contract Manager.")]
    [InlineData("Street", "", "Enter the street number and name of the address of service delivery.")]
    [InlineData("Suburb", "", "Enter the suburb or town.")]
    [InlineData("State", "XYZ", "Choose the state or territory.")]
    [InlineData("Postcode", "", "Enter the postcode.")]
    [InlineData("Postcode", "36a0", AustralianStates.PostcodeMessage)]
    [InlineData("AreaId", "", "Choose the area.")]
    [InlineData("ProgramId", "", "Choose the program.")]
    [InlineData("ServiceTypeId", "", "Choose the service type.")]
    public async Task Service_BadValue_ShowsMessageBesideFieldAndInSummaryAndKeepsTypedValues(string field, string value, string message)
    {
        var client = await PrivacyClient.StartedAsync(app);
        var fields = (await ServiceChoice.AgencyOneAsync(app)).Fields();
        fields[field] = value;
        fields["Suburb"] = field == "Suburb" ? value : "Typed Suburb";

        var page = await AssertRejectedAsync(await client.PostStageAsync("Service", fields), field, message);

        if (field != "Suburb")
            Assert.Equal("Typed Suburb", page.QuerySelector("#Suburb")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Service_AnotherOrganisationsArea_IsRefused()
    {
        var client = await PrivacyClient.StartedAsync(app);
        var fields = (await ServiceChoice.AgencyOneAsync(app)).Fields();
        fields["AreaId"] = (await ServiceChoice.OfAsync(app, DemoAccounts.AgencyTwo)).AreaId;

        await AssertRejectedAsync(await client.PostStageAsync("Service", fields), "AreaId", "Choose one of the organisation's areas.");
    }

    [Fact]
    public async Task Service_ServiceTypeOfAnotherProgram_IsRefused()
    {
        var client = await PrivacyClient.StartedAsync(app);
        var fields = (await ServiceChoice.AgencyOneAsync(app)).Fields();
        fields["ServiceTypeId"] = (await ServiceChoice.OfAsync(app, DemoAccounts.AgencyTwo)).ServiceTypeId;

        await AssertRejectedAsync(await client.PostStageAsync("Service", fields), "ServiceTypeId", "Choose a service type of the program you chose.");
    }

    [Theory]
    [InlineData("Surname", "", "Enter your surname (family name).")]
    [InlineData("GivenName", "", "Enter your given name.")]
    [InlineData("JobTitle", "", "Enter your job title.")]
    [InlineData("Telephone", "", "Enter your telephone or mobile number.")]
    [InlineData("Telephone", "03 5550 1234", PrivacyOfficerFormValidator.TelephoneSpacesMessage)]
    [InlineData("Telephone", "03-5550-1234", PrivacyOfficerFormValidator.TelephoneMessage)]
    [InlineData("Email", "", "Enter your email address.")]
    [InlineData("Email", "jane.example.org", "Enter an email address in the right format, like name@example.org.")]
    [InlineData("LineManagerName", "", "Enter your line manager's name.")]
    public async Task Officer_BadValue_ShowsMessageBesideFieldAndInSummaryAndKeepsTypedValues(string field, string value, string message)
    {
        var client = await PrivacyClient.StartedAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostStageAsync("Service", (await ServiceChoice.AgencyOneAsync(app)).Fields())).StatusCode);
        var fields = ServiceChoice.Officer();
        fields[field] = value;

        var page = await AssertRejectedAsync(await client.PostStageAsync("Officer", fields), field, message);

        Assert.Equal(value, page.QuerySelector($"#{field}")!.GetAttribute("value") ?? "");
        if (field != "JobTitle")
            Assert.Equal("Case worker", page.QuerySelector("#JobTitle")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Officer_BackWithValidValues_SavesAndReturnsToService()
    {
        var client = await PrivacyClient.StartedAsync(app);
        await client.PostStageAsync("Service", (await ServiceChoice.AgencyOneAsync(app)).Fields());
        var fields = ServiceChoice.Officer();
        fields["Nav"] = "back";

        var response = await client.PostStageAsync("Officer", fields);

        Assert.Equal("/PrivacyReport/Service", response.Headers.Location!.OriginalString);
        Assert.Equal("Sam Manager", (await client.GetPageAsync("/PrivacyReport/Officer")).QuerySelector("#LineManagerName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Officer_BackWithAnInvalidValue_StaysWithTypedValues()
    {
        var client = await PrivacyClient.StartedAsync(app);
        await client.PostStageAsync("Service", (await ServiceChoice.AgencyOneAsync(app)).Fields());
        var fields = ServiceChoice.Officer();
        fields["Nav"] = "back";
        fields["Telephone"] = "0355 501234";

        var page = await AssertRejectedAsync(await client.PostStageAsync("Officer", fields), "Telephone", PrivacyOfficerFormValidator.TelephoneSpacesMessage);

        Assert.Equal("Jane", page.QuerySelector("#GivenName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Officer_StaleVersion_SaysSoAndKeepsValues()
    {
        var client = await PrivacyClient.StartedAsync(app);
        await client.PostStageAsync("Service", (await ServiceChoice.AgencyOneAsync(app)).Fields());
        var page = await client.GetPageAsync("/PrivacyReport/Officer");
        await client.PostStageAsync("Service", (await ServiceChoice.AgencyOneAsync(app)).Fields());
        var fields = ServiceChoice.Officer();
        fields["Version"] = PrivacyClient.Version(page);

        var response = await client.PostWithTokenAsync("/PrivacyReport/Officer", FormClient.Token(page), fields);

        var again = await FormClient.ParseAsync(response);
        Assert.Contains("changed in another window", again.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Citizen", again.QuerySelector("#Surname")!.GetAttribute("value"));
    }
}

public sealed class SqlitePrivacyStageValidationTests(SqlitePrivacyApp app) : PrivacyStageValidationTests<SqlitePrivacyApp>(app);

public sealed class PostgresPrivacyStageValidationTests(PostgresPrivacyApp app) : PrivacyStageValidationTests<PostgresPrivacyApp>(app);
