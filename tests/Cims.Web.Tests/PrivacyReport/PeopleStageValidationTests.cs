using System.Globalization;
using Cims.Domain.Privacy;
using Cims.Web.Features.Privacy.People;
using Cims.Web.Features.Shared;
using static Cims.Web.Tests.Infrastructure.FieldErrors;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Every rule of the person form: the message beside the field and in the summary, the typed values kept, nothing saved.</summary>
public abstract class PeopleStageValidationTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    [Theory]
    [InlineData("IdentifierType", "", "Choose the client unique identifier type. Choose Not Applicable if the person is not a client.")]
    [InlineData("IdentifierType", "NOT-A-TYPE", "Choose the client unique identifier type. Choose Not Applicable if the person is not a client.")]
    [InlineData("Identifier", "", PrivacyPersonFormValidator.IdentifierMessage)]
    [InlineData("Surname", "", "Enter the person's surname (family name).")]
    [InlineData("GivenName", "", "Enter the person's given name.")]
    [InlineData("Sex", "", "Choose the person's sex.")]
    [InlineData("Sex", "7", "Choose the person's sex.")]
    [InlineData("IndigenousStatus", "", "Choose the person's Indigenous status.")]
    [InlineData("Street", "", "Enter the street number and name of the person's address.")]
    [InlineData("Suburb", "", "Enter the suburb or town.")]
    [InlineData("State", "XYZ", "Choose the state or territory.")]
    [InlineData("Postcode", "", "Enter the postcode.")]
    [InlineData("Postcode", "36a0", AustralianStates.PostcodeMessage)]
    [InlineData("Relationship", "", "Choose the person's relationship to the department.")]
    [InlineData("SafetyNeedsMet", "", "Choose whether the immediate safety needs of each client have been met. Choose Not Applicable if the person is not a client.")]
    public async Task Add_BadValue_ShowsMessageBesideFieldAndInSummaryAndKeepsTypedValues(string field, string value, string message)
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        var page = await AssertRejectedAsync(await client.PostPageAsync(PeoplePages.Add, PeoplePages.Client().With(field, value)), field, message);

        Assert.Equal(field == "GivenName" ? "" : "Mai", page.Value("GivenName") ?? "");
        Assert.Equal(field == "Suburb" ? "" : "Seymour", page.Value("Suburb") ?? "");
        Assert.Equal(field == "Sex" ? null : "2", page.SelectedOption("Sex"));
        Assert.Equal("1984", page.Value("BirthYear"));
        Assert.NotNull(page.QuerySelector("input[name=Principles][value=HPP4][checked]"));
        Assert.Empty(await PeoplePages.PeopleAsync(app, id));
    }

    [Theory]
    [InlineData("", "", "", PrivacyPersonFormValidator.BirthRequiredMessage)]
    [InlineData("31", "2", "1984", PrivacyPersonFormValidator.BirthRealMessage)]
    [InlineData("7", "3", "84", PrivacyPersonFormValidator.BirthRealMessage)]
    [InlineData("1", "1", "+1", "The date of birth cannot be in the future.")]
    public async Task Add_ClientWithBadDateOfBirth_ShowsMessageAndKeepsTypedDate(string day, string month, string year, string message)
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);
        if (year == "+1")
            year = (DateTime.UtcNow.Year + 1).ToString(CultureInfo.InvariantCulture);
        var fields = PeoplePages.Client().With("BirthDay", day).With("BirthMonth", month).With("BirthYear", year);

        var page = await AssertRejectedAsync(await client.PostPageAsync(PeoplePages.Add, fields), "BirthDay", message);

        Assert.Equal(month, page.Value("BirthMonth") ?? "");
        Assert.Equal("Nguyen", page.Value("Surname"));
        Assert.Empty(await PeoplePages.PeopleAsync(app, id));
    }

    [Fact]
    public async Task Add_MemberOfThePublicWithAnImpossibleDateOfBirth_IsRefused()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);
        var fields = PeoplePages.MemberOfThePublic().With("BirthDay", "30").With("BirthMonth", "2").With("BirthYear", "1990");

        await AssertRejectedAsync(await client.PostPageAsync(PeoplePages.Add, fields), "BirthDay", PrivacyPersonFormValidator.BirthRealMessage);
    }

    [Fact]
    public async Task Add_NoPrinciple_ShowsMessageAndKeepsTypedValues()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        var page = await AssertRejectedAsync(await client.PostPageAsync(PeoplePages.Add, PeoplePages.Client().With("Principles", null)), "Principles", PrivacyPersonFormValidator.PrinciplesMessage);

        Assert.Equal("C-12345", page.Value("Identifier"));
        Assert.Empty(await PeoplePages.PeopleAsync(app, id));
    }

    [Fact]
    public async Task Add_PrincipleNotInTheList_IsRefused()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        await AssertRejectedAsync(await client.PostPageAsync(PeoplePages.Add, [.. PeoplePages.Client(), new("Principles", "IPP99")]),
            "Principles", "Choose the relevant privacy principles from the list.");
    }

    [Fact]
    public async Task Edit_BadValue_KeepsTypedValuesAndTheSavedPerson()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var person = (await PeoplePages.PeopleAsync(app, id)).Single();
        var fields = PeoplePages.Client().With("Surname", "Changed").With("Postcode", "");

        var page = await AssertRejectedAsync(await client.PostPageAsync(PeoplePages.Edit(person.Id), fields), "Postcode", "Enter the postcode.");

        Assert.Equal("Changed", page.Value("Surname"));
        Assert.Equal(person.Surname, (await PeoplePages.PeopleAsync(app, id)).Single().Surname);
    }
}

public sealed class SqlitePeopleStageValidationTests(SqlitePrivacyApp app) : PeopleStageValidationTests<SqlitePrivacyApp>(app);

public sealed class PostgresPeopleStageValidationTests(PostgresPrivacyApp app) : PeopleStageValidationTests<PostgresPrivacyApp>(app);
