using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Net.Http.Json;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Resilience;
using Cims.Web.Tests.Api;
using Cims.Web.Tests.Infrastructure;
using Npgsql;

namespace Cims.Web.Tests.Operations;

/// <summary>
/// CIMS on PostgreSQL through a <see cref="TcpForwarder"/> the tests can take down and bring back; one retry, so a
/// request while the database is away answers at once.
/// </summary>
public sealed class DatabaseAwayApp : CimsAppFactory
{
    private readonly string _throughForwarder;

    public DatabaseAwayApp()
        : base(DatabaseProvider.Postgres)
    {
        var direct = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
        Forwarder = new TcpForwarder(direct.Host!, direct.Port);
        _throughForwarder = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Host = "127.0.0.1", Port = Forwarder.Port, Timeout = 5 }.ConnectionString;
    }

    public TcpForwarder Forwarder { get; }

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("ConnectionStrings:Cims", _throughForwarder),
        new("Database:RetryCount", "1"),
        new("Cims:Unavailable:RetryAfterSeconds", "7"),
        new("Cims:Audit:SealingEnabled", "false"),
    ];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Forwarder.Dispose();
    }
}

/// <summary>While PostgreSQL is away: 503 with Retry-After, a clear page, problem details, unready; then serving again (ADR 0040).</summary>
public sealed class DatabaseAwayTests(DatabaseAwayApp app) : IClassFixture<DatabaseAwayApp>
{
    private const string User = "delegate@agency-one.example";

    [Fact]
    public async Task DatabaseAway_PageApiAndReadiness_503UntilItReturnsThenServedWithin10Seconds()
    {
        var web = await FormClient.SignedInAsync(app, User);
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.ReferenceRead)).SignInAsync(ApiScopes.ReferenceRead);

        app.Forwarder.Stop();
        HttpResponseMessage page, api, ready;
        try
        {
            page = await web.Http.GetAsync("/Incidents");
            api = await vendor.Http.GetAsync("/api/v1/reference");
            ready = await web.Http.GetAsync("/health/ready");
        }
        finally
        {
            app.Forwarder.Start();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("7", page.Headers.GetValues("Retry-After").Single());
        var html = await FormClient.ParseAsync(page);
        Assert.Equal(UnavailablePage.Heading, html.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Contains(UnavailablePage.NotSaved, html.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Equal("7", api.Headers.GetValues("Retry-After").Single());
        var problem = (await api.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.Equal("cims.unavailable", problem["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        var back = await FirstOkWithinAsync(web.Http, "/Incidents", TimeSpan.FromSeconds(10));
        Assert.True(back, "CIMS did not serve /Incidents within 10 s of the database returning");
        Assert.Equal(HttpStatusCode.OK, (await vendor.Http.GetAsync("/api/v1/reference")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await web.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Query_NewConnectionDroppedOnce_RetriedAndThePageServed()
    {
        var web = await FormClient.SignedInAsync(app, User);
        NpgsqlConnection.ClearAllPools(); // the next request opens a new connection...
        app.Forwarder.DropNext(1); // ...which the network drops

        var response = await web.Http.GetAsync("/Incidents");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<bool> FirstOkWithinAsync(HttpClient http, string url, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if ((await http.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                return true;
            await Task.Delay(200);
        }

        return false;
    }
}
