using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Api;

/// <summary>An API host that allows each client three calls a minute.</summary>
public sealed class RateLimitedApiApp() : CimsAppFactory(DatabaseProvider.Sqlite)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Api:RateLimit:PerMinute", "3")];
}

/// <summary>Each API client has its own allowance of calls a minute; a call over it is 429 with Retry-After and changes nothing.</summary>
public sealed class ApiRateLimitTests(RateLimitedApiApp app) : IClassFixture<RateLimitedApiApp>
{
    [Fact]
    public async Task Calls_OverTheClientsLimit_TooManyRequestsWithRetryAfterAndNothingCreated()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        Assert.Equal(HttpStatusCode.OK, (await vendor.Http.GetAsync("/api/v1/reference")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await vendor.PostIncidentAsync(report)).StatusCode);
        var before = await app.WithDbAsync(db => db.Incidents.CountAsync());

        var refused = await vendor.PostIncidentAsync(report);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal("api.rate_limited", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
        Assert.Equal(before, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task Calls_AnotherClientOverItsLimit_ThisClientStillServed()
    {
        var busy = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyTwo)).SignInAsync();
        for (var i = 0; i < 3; i++)
            await busy.Http.GetAsync("/api/v1/reference");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await busy.Http.GetAsync("/api/v1/reference")).StatusCode);

        var quiet = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyTwo)).SignInAsync();

        Assert.Equal(HttpStatusCode.OK, (await quiet.Http.GetAsync("/api/v1/reference")).StatusCode);
    }
}
