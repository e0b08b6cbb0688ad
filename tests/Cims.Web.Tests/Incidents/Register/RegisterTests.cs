using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Incidents.Register;

/// <summary>The organisation's client incident register at /Incidents. Each test uses its own occurrence day to see only its incidents.</summary>
public abstract class RegisterTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Register_Delegate_SeesTheOrganisationsReportsButNotOtherOrganisationsOrOtherPeoplesDrafts()
    {
        var day = new DateOnly(2021, 2, 10);
        var submitted = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: day);
        var awaiting = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement, reportedOn: day);
        var draft = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft, reportedOn: day);
        var otherOrganisation = await IncidentBuilder.CreateAsync(app, "reporter@agency-two.example", IncidentStatus.SubmittedToDepartment, reportedOn: day);

        var delegateSees = Ids(await (await FormClient.SignedInAsync(app, "delegate@agency-one.example")).GetPageAsync(OccurredOn(day)));
        var reporterSees = Ids(await (await FormClient.SignedInAsync(app, "reporter@agency-one.example")).GetPageAsync(OccurredOn(day)));
        var otherDelegateSees = Ids(await (await FormClient.SignedInAsync(app, "delegate@agency-two.example")).GetPageAsync(OccurredOn(day)));

        Assert.Equal([awaiting, submitted], delegateSees);
        Assert.Equal([draft, awaiting, submitted], reporterSees);
        Assert.Equal([otherOrganisation], otherDelegateSees);
    }

    [Theory]
    [InlineData("delegate@agency-one.example")]
    [InlineData("orgadmin@agency-one.example")]
    [InlineData("reporter@agency-one.example")]
    public async Task Navigation_OrganisationUser_LinksToTheRegisterShowingNumberStatusAndFollowUp(string email)
    {
        var day = new DateOnly(2021, 2, 11);
        var submitted = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: day);
        var client = await FormClient.SignedInAsync(app, email);

        var home = await client.GetPageAsync("/");
        var link = home.QuerySelectorAll("nav a").SingleOrDefault(a => a.TextContent.Trim() == "Incident register");
        var register = await client.GetPageAsync(link?.GetAttribute("href") + OccurredOn(day)[Path.Length..]);

        Assert.Equal(Path, link?.GetAttribute("href"));
        var row = register.QuerySelector($"#register-caption ~ tbody a[href='/Incidents/{submitted}']")?.Closest("tr");
        var text = row?.TextContent ?? "";
        Assert.Contains(await NumberAsync(submitted), text, StringComparison.Ordinal);
        Assert.Contains("Follow-up determined", text, StringComparison.Ordinal);
        Assert.Contains("Major impact", text, StringComparison.Ordinal);
        Assert.Contains("Physical abuse", text, StringComparison.Ordinal);
        Assert.Contains("10/02/2021", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Filters_NarrowByNumberStatusImpactAndType()
    {
        var day = new DateOnly(2021, 2, 12);
        var major = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: day);
        var nonMajor = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: day, impact: ImpactLevel.NonMajor);
        var awaiting = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement, reportedOn: day, primaryType: "Poor quality of care");
        var typeId = await app.WithDbAsync(db => db.IncidentTypes.Where(t => t.Name == "Poor quality of care").Select(t => t.Id).SingleAsync());
        var client = await FormClient.SignedInAsync(app, "delegate@agency-one.example");
        var number = await NumberAsync(nonMajor);

        Assert.Equal([nonMajor], Ids(await client.GetPageAsync($"{OccurredOn(day)}&Number={number.ToLowerInvariant()}")));
        Assert.Equal([awaiting], Ids(await client.GetPageAsync($"{OccurredOn(day)}&Status=AwaitingEndorsement")));
        Assert.Equal([nonMajor], Ids(await client.GetPageAsync($"{OccurredOn(day)}&Impact=NonMajor")));
        Assert.Equal([awaiting], Ids(await client.GetPageAsync($"{OccurredOn(day)}&TypeId={typeId}")));
        Assert.Equal([awaiting, nonMajor, major], Ids(await client.GetPageAsync(OccurredOn(day))));
    }

    [Fact]
    public async Task Register_BadDates_MessagesBesideFieldsAndInSummaryWithTypedTextKept()
    {
        var client = await FormClient.SignedInAsync(app, "delegate@agency-one.example");

        var response = await client.Http.GetAsync($"{Path}?From=31/02/2021&To=1/1/2020&Number=IRD");
        var page = await FormClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter the 'occurred from' date as DD/MM/YYYY, like 01/11/2026.", page.QuerySelector("#From-error")?.TextContent.Trim());
        Assert.Contains("Enter the 'occurred from' date as DD/MM/YYYY", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("31/02/2021", page.QuerySelector("#From")?.GetAttribute("value"));
        Assert.Equal("IRD", page.QuerySelector("#Number")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#register-caption"));
    }

    [Fact]
    public async Task Register_DepartmentUser_IsSentToTheDepartmentList()
    {
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var response = await client.Http.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Department/Incidents", response.Headers.Location?.OriginalString);
    }

    private const string Path = "/Incidents";

    /// <summary>The builder's incidents occur the day before they are reported.</summary>
    private static string OccurredOn(DateOnly reportedOn)
    {
        var day = reportedOn.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return $"{Path}?From={day}&To={day}";
    }

    private static List<int> Ids(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("tbody th[scope=row] a").Select(a => int.Parse(a.GetAttribute("href")!["/Incidents/".Length..], CultureInfo.InvariantCulture))];

    private Task<string> NumberAsync(int id) => app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Number!).SingleAsync());
}

public sealed class SqliteRegisterTests(SqliteApp app) : RegisterTests<SqliteApp>(app);

public sealed class PostgresRegisterTests(PostgresApp app) : RegisterTests<PostgresApp>(app);
