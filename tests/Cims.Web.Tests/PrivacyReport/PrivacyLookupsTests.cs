using System.Net;
using System.Net.Http.Json;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>The JSON look-ups behind the wizard's typing aids: Victorian suburbs and an organisation's choices, open to anyone.</summary>
public abstract class PrivacyLookupsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    public sealed record LocalityJson(string Suburb, string Postcode, string State);

    public sealed record ChoiceJson(string Value, string Label);

    public sealed record ProgramJson(int Id, string Name);

    public sealed record ServiceTypeJson(int Id, string Name, int ProgramId, string Program);

    public sealed record ChoicesJson(List<ChoiceJson> Areas, List<ProgramJson> Programs, List<ServiceTypeJson> ServiceTypes);

    [Fact]
    public async Task Localities_Sey_ListsNamesStartingWithItFirstThenContainingIt()
    {
        var found = await LocalitiesAsync("sey");

        Assert.Equal(["Seymour", "Seymour South", "Boosey", "Massey", "Romsey", "Vasey"], found.Select(l => l.Suburb));
        Assert.Equal(new LocalityJson("Seymour", "3660", "VIC"), found[0]);
    }

    [Fact]
    public async Task Localities_UpperCaseQuery_MatchesRegardlessOfCase()
    {
        var found = await LocalitiesAsync("ST KILDA");

        Assert.Equal(["St Kilda 3182", "St Kilda East 3183", "St Kilda West 3182"], found.Select(l => $"{l.Suburb} {l.Postcode}"));
    }

    [Fact]
    public async Task Localities_CommonEnding_ReturnsAtMostTen()
    {
        var found = await LocalitiesAsync("ford");

        Assert.Equal(10, found.Count);
        Assert.All(found, l => Assert.Contains("ford", l.Suburb, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Localities_Postcode_ListsThatPostcodesSuburbs()
    {
        var found = await LocalitiesAsync("3660");

        Assert.Contains(found, l => l.Suburb == "Seymour");
        Assert.All(found, l => Assert.Equal("3660", l.Postcode));
    }

    [Theory]
    [InlineData("")]
    [InlineData("zzzz")]
    public async Task Localities_EmptyOrUnknown_ReturnsEmptyList(string query) => Assert.Empty(await LocalitiesAsync(query));

    [Fact]
    public async Task OrganisationChoices_AgencyOne_ReturnsItsAreasProgramsAndServiceTypes()
    {
        var choice = await ServiceChoice.AgencyOneAsync(app);

        var choices = await FormClient.For(app).Http.GetFromJsonAsync<ChoicesJson>($"/PrivacyReport/OrganisationChoices/{choice.OrganisationId}");

        Assert.Contains(choices!.Areas, a => a.Value == choice.AreaId && a.Label.Contains(" – ", StringComparison.Ordinal));
        Assert.Contains(choices.Programs, p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == choice.ProgramId);
        Assert.Contains(choices.ServiceTypes, t => $"{t.Id}/{t.ProgramId}" == $"{choice.ServiceTypeId}/{choice.ProgramId}");
        Assert.All(choices.ServiceTypes, t => Assert.Contains(choices.Programs, p => p.Id == t.ProgramId && p.Name == t.Program));
    }

    [Fact]
    public async Task OrganisationChoices_TheDepartment_OffersEveryAreaAndProgram()
    {
        var department = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == Web.Data.Seeding.DemoAccounts.Department).Select(o => o.Id).SingleAsync());
        var (areas, programs) = await app.WithDbAsync(async db => (await db.Areas.CountAsync(), await db.Programs.CountAsync()));

        var choices = await FormClient.For(app).Http.GetFromJsonAsync<ChoicesJson>($"/PrivacyReport/OrganisationChoices/{department}");

        Assert.Equal(areas, choices!.Areas.Count);
        Assert.Equal(programs, choices.Programs.Count);
    }

    [Fact]
    public async Task OrganisationChoices_UnknownOrganisation_Returns404()
    {
        var response = await FormClient.For(app).Http.GetAsync("/PrivacyReport/OrganisationChoices/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<List<LocalityJson>> LocalitiesAsync(string query)
    {
        var response = await FormClient.For(app).Http.GetAsync($"/PrivacyReport/Localities?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<List<LocalityJson>>())!;
    }
}

public sealed class SqlitePrivacyLookupsTests(SqlitePrivacyApp app) : PrivacyLookupsTests<SqlitePrivacyApp>(app);

public sealed class PostgresPrivacyLookupsTests(PostgresPrivacyApp app) : PrivacyLookupsTests<PostgresPrivacyApp>(app);

/// <summary>The look-ups have their own rate limit, so typing cannot flood the server nor use up the pages' allowance.</summary>
public sealed class PrivacyLookupsRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Localities_MoreRequestsThanTheLookupLimit_Returns429()
    {
        var client = FormClient.For(app);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/PrivacyReport/Localities?q=sey")).StatusCode);

        var response = await client.Http.GetAsync("/PrivacyReport/Localities?q=sey");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }
}

/// <summary>Its own host: the rate limits count per address, and every test request comes from the same one.</summary>
public sealed class PrivacyLookupsApartFromPagesTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Pages_AfterTheLookupLimitIsReached_StillHaveTheirOwnAllowance()
    {
        var client = FormClient.For(app);
        for (var i = 0; i < 4; i++)
            await client.Http.GetAsync("/PrivacyReport/Localities?q=ben");

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/PrivacyReport")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.Http.GetAsync("/PrivacyReport")).StatusCode);
    }
}
