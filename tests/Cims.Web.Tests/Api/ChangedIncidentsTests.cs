using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data.Seeding;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Api;

/// <summary>A provider system follows its incidents by polling for those changed since it last looked, a page at a time.</summary>
public abstract class ChangedIncidentsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task ListChanged_ThreeNewIncidentsTwoAPage_EachOnceOldestFirstThenOnlyLaterChanges()
    {
        var vendor = await SignedInAsync(DemoAccounts.AgencyOne);
        var since = DateTimeOffset.UtcNow;
        var posted = new List<int>();
        for (var i = 0; i < 3; i++)
            posted.Add(await PostAsync(vendor));

        var first = await ListAsync(vendor, $"/api/v1/incidents?changedSince={Iso(since)}&limit=2");
        var second = await ListAsync(vendor, first["next"]!.GetValue<string>());

        Assert.Equal(posted[..2], Ids(first));
        Assert.Equal(posted[2..], Ids(second));
        Assert.Null(second["next"]);
        Assert.True(Changed(first).SequenceEqual(Changed(first).Order()));
        var item = first["items"]![0]!["incident"]!;
        var single = (await vendor.Http.GetFromJsonAsync<JsonObject>($"/api/v1/incidents/{posted[0]}"))!;
        Assert.Equal(single.ToJsonString(), item.ToJsonString()); // the same status and deadlines as the incident's own address

        var last = second["items"]![0]!;
        var resume = $"/api/v1/incidents?changedSince={Iso(last["changedAt"]!.GetValue<DateTimeOffset>())}&afterId={last["incident"]!["id"]}";
        Assert.Empty(Ids(await ListAsync(vendor, resume)));
        var later = await PostAsync(vendor);
        Assert.Equal([later], Ids(await ListAsync(vendor, resume)));
    }

    [Fact]
    public async Task ListChanged_AnotherOrganisationsClient_SeesNoneOfThem()
    {
        var vendor = await SignedInAsync(DemoAccounts.AgencyOne);
        var other = await SignedInAsync(DemoAccounts.AgencyTwo);
        var since = DateTimeOffset.UtcNow;
        var mine = await PostAsync(vendor);

        var theirs = Ids(await ListAsync(other, $"/api/v1/incidents?changedSince={Iso(since)}"));

        Assert.DoesNotContain(mine, theirs);
        Assert.Contains(mine, Ids(await ListAsync(vendor, $"/api/v1/incidents?changedSince={Iso(since)}")));
    }

    [Fact]
    public async Task ListChanged_UnreadableTime_ProblemNamingTheParameter()
    {
        var vendor = await SignedInAsync(DemoAccounts.AgencyOne);

        var response = await vendor.Http.GetAsync("/api/v1/incidents?changedSince=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["changedSince"]);
    }

    private async Task<ApiVendor> SignedInAsync(string organisation) => await (await ApiVendor.RegisterAsync(app, organisation)).SignInAsync();

    private static async Task<int> PostAsync(ApiVendor vendor)
    {
        var response = await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
    }

    private static async Task<JsonObject> ListAsync(ApiVendor vendor, string url)
    {
        var response = await vendor.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static List<int> Ids(JsonObject page) => [.. page["items"]!.AsArray().Select(i => i!["incident"]!["id"]!.GetValue<int>())];

    private static List<DateTimeOffset> Changed(JsonObject page) => [.. page["items"]!.AsArray().Select(i => i!["changedAt"]!.GetValue<DateTimeOffset>())];

    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
}

public sealed class SqliteChangedIncidentsTests(SqliteApp app) : ChangedIncidentsTests<SqliteApp>(app);

public sealed class PostgresChangedIncidentsTests(PostgresApp app) : ChangedIncidentsTests<PostgresApp>(app);
