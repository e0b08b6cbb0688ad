using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Api.Idempotency;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api;

/// <summary>Safe retries: a provider system that lost the answer to a POST sends it again with the same Idempotency-Key.</summary>
public abstract class IdempotencyTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task PostIncident_SameKeySameReport_SameAnswerAndOneIncident()
    {
        var vendor = await SignedInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        var key = Guid.NewGuid().ToString();

        var first = await vendor.PostIncidentAsync(report, key);
        var before = await IncidentCountAsync();
        var again = await vendor.PostIncidentAsync(Reordered(report), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal("true", again.Headers.GetValues(IdempotencyFilter.ReplayedHeader).Single());
        Assert.False(first.Headers.Contains(IdempotencyFilter.ReplayedHeader));
        var (one, two) = (await first.Content.ReadFromJsonAsync<JsonObject>(), await again.Content.ReadFromJsonAsync<JsonObject>());
        Assert.Equal(one!["number"]!.GetValue<string>(), two!["number"]!.GetValue<string>());
        Assert.Equal(one["dueAt"]!.ToJsonString(), two["dueAt"]!.ToJsonString());
        Assert.Equal(before, await IncidentCountAsync());
    }

    [Fact]
    public async Task PostIncident_SameKeyOtherContent_ConflictAndNothingCreated()
    {
        var vendor = await SignedInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        var key = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.Created, (await vendor.PostIncidentAsync(report, key)).StatusCode);
        var before = await IncidentCountAsync();
        report["description"]!["location"] = "Kitchen";

        var response = await vendor.PostIncidentAsync(report, key);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("idempotency.key_reused", (await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
        Assert.Equal(before, await IncidentCountAsync());
    }

    [Fact]
    public async Task PostIncident_TwoIdenticalAtTheSameInstant_OneIncidentBothAnswered()
    {
        var vendor = await SignedInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        var key = Guid.NewGuid().ToString();
        var before = await IncidentCountAsync();

        var answers = await Task.WhenAll(vendor.PostIncidentAsync(report, key), vendor.PostIncidentAsync(report, key));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal(answers[0].Headers.Location, answers[1].Headers.Location);
        Assert.Equal(before + 1, await IncidentCountAsync());
    }

    [Fact]
    public async Task PostIncident_WithoutKey_ProblemNamingTheHeaderAndNothingCreated()
    {
        var vendor = await SignedInAsync();
        var before = await IncidentCountAsync();

        var response = await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()), idempotencyKey: "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Idempotency-Key", (await response.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await IncidentCountAsync());
    }

    [Fact]
    public async Task PostIncident_InvalidReportRetried_SameProblemAgain()
    {
        var vendor = await SignedInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        report["description"]!["description"] = "";
        var key = Guid.NewGuid().ToString();

        var first = await vendor.PostIncidentAsync(report, key);
        var again = await vendor.PostIncidentAsync(report, key);

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.ToJsonString(),
            (await again.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.ToJsonString());
    }

    [Fact]
    public async Task SameKey_AnotherClient_ItsOwnRequest()
    {
        var vendor = await SignedInAsync();
        var other = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyTwo)).SignInAsync();
        var key = Guid.NewGuid().ToString();

        var mine = await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()), key);
        var theirs = await other.PostIncidentAsync(ApiVendor.Report(await other.ReferenceAsync()), key);

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.NotEqual(mine.Headers.Location, theirs.Headers.Location);
    }

    [Fact]
    public async Task Prune_KeyOlderThanADay_ForgottenAndANewRequestRuns()
    {
        var vendor = await SignedInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        var key = Guid.NewGuid().ToString();
        var first = await vendor.PostIncidentAsync(report, key);
        await app.WithDbAsync(db => db.IdempotencyEntries.Where(e => e.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedAt, DateTimeOffset.UtcNow.AddHours(-25))));

        using (var scope = app.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().PruneAsync(CancellationToken.None) >= 1);
        var later = await vendor.PostIncidentAsync(report, key);

        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.NotEqual(first.Headers.Location, later.Headers.Location);
    }

    private async Task<ApiVendor> SignedInAsync() => await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();

    private Task<int> IncidentCountAsync() => app.WithDbAsync(db => db.Incidents.CountAsync());

    /// <summary>The same report with its top-level fields in the opposite order: the same content.</summary>
    private static JsonObject Reordered(JsonObject report) =>
        new(report.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
}

public sealed class SqliteIdempotencyTests(SqliteApp app) : IdempotencyTests<SqliteApp>(app);

public sealed class PostgresIdempotencyTests(PostgresApp app) : IdempotencyTests<PostgresApp>(app);
