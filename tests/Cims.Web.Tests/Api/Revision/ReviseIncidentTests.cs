using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Domain.Incidents;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Api.Incidents;
using Cims.Web.Features.Incidents;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cims.Web.Tests.Api.Revision.RevisionSteps;

namespace Cims.Web.Tests.Api.Revision;

/// <summary>PUT /api/v1/incidents/{id}: a provider system corrects a report the department has not acted on (ADR 0035).</summary>
public abstract class ReviseIncidentTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Put_SubmittedNonMajor_200WithTheNewContentAddendumAuditAndDeadline()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));
        var id = await vendor.CreateAsync(report);
        var before = await LoadAsync(app, id);
        var yesterday = DateTime.UtcNow.AddDays(-1);
        var revised = Revised(report, r =>
        {
            r["description"]!["location"] = "Kitchen";
            r["dates"]!["awareDay"] = yesterday.Day.ToString(CultureInfo.InvariantCulture);
            r["dates"]!["awareMonth"] = yesterday.Month.ToString(CultureInfo.InvariantCulture);
            r["dates"]!["awareYear"] = yesterday.Year.ToString(CultureInfo.InvariantCulture);
        });

        var etag = await vendor.ETagAsync(id);

        var response = await vendor.PutIncidentAsync(id, revised, etag);

        Assert.Equal(IncidentETag.Of(before.Version), etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var incident = await LoadAsync(app, id);
        Assert.Equal(IncidentStatus.SubmittedToDepartment, incident.Status);
        Assert.Equal("SubmittedToDepartment", body["status"]!.GetValue<string>());
        Assert.Equal(IncidentETag.Of(incident.Version), response.Headers.ETag!.ToString());
        Assert.Equal("Kitchen", incident.Details!.Location);
        var addendum = Assert.Single(incident.Addendums);
        Assert.Equal(AddendumKind.Revision, addendum.Kind);
        Assert.Equal($"{DemoAccounts.AgencyOne} client system", addendum.ByName);
        Assert.StartsWith("Reason: The incident happened in the kitchen.\n", addendum.Text, StringComparison.Ordinal);
        Assert.Contains("Location: Lounge room → Kitchen", addendum.Text, StringComparison.Ordinal);
        Assert.Contains("Service became aware: ", addendum.Text, StringComparison.Ordinal);
        var deadline = await WithScopeAsync(s => s.GetRequiredService<IncidentClock>().ReportingDeadlineAsync(incident, CancellationToken.None));
        Assert.Equal(deadline!.DueAt, incident.DueAt);
        Assert.NotEqual(before.DueAt, incident.DueAt);
        Assert.Equal(incident.DueAt, body["dueAt"]!.GetValue<DateTimeOffset>());
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Action == "incident.revised" && a.EntityId == id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(ApiClaimTypes.UserId(vendor.Credentials.ClientId), audit.UserId);
        Assert.Contains("Location: Lounge room → Kitchen", audit.Details, StringComparison.Ordinal);
        Assert.Equal(before.History, incident.History);
    }

    [Fact]
    public async Task Put_FollowUpAlreadyDetermined_409DepartmentHasActedAndNothingChanged()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        var id = await vendor.CreateAsync(report); // E2/E3 major: follow-up determined by rule at once

        var response = await vendor.PutIncidentAsync(id, Revised(report, r => r["description"]!["location"] = "Kitchen"), await vendor.ETagAsync(id));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("incident.department_has_acted", await ProblemCodeAsync(response));
        var incident = await LoadAsync(app, id);
        Assert.Equal("Lounge room", incident.Details!.Location);
        Assert.Empty(incident.Addendums);
    }

    [Fact]
    public async Task Put_AnotherOrganisationsIncident_404AndNothingChanged()
    {
        var owner = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = NonMajor(ApiVendor.Report(await owner.ReferenceAsync()));
        var id = await owner.CreateAsync(report);
        var other = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyTwo)).SignInAsync();

        var response = await other.PutIncidentAsync(id, Revised(report, r => r["description"]!["location"] = "Kitchen"), "*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Lounge room", (await LoadAsync(app, id)).Details!.Location);
    }

    [Fact]
    public async Task Put_StaleOrMissingIfMatch_412Or428AndNothingChanged()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));
        var id = await vendor.CreateAsync(report);
        var revised = Revised(report, r => r["description"]!["location"] = "Kitchen");

        var stale = await vendor.PutIncidentAsync(id, revised, IncidentETag.Of(Guid.NewGuid()));
        var weak = await vendor.PutIncidentAsync(id, revised, $"W/{await vendor.ETagAsync(id)}");
        var missing = await vendor.PutIncidentAsync(id, revised, null);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("incident.concurrency", await ProblemCodeAsync(stale));
        Assert.Equal(HttpStatusCode.PreconditionFailed, weak.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("incident.if_match_required", await ProblemCodeAsync(missing));
        Assert.Empty((await LoadAsync(app, id)).Addendums);
    }

    [Fact]
    public async Task Put_TwoAtOnceWithTheSameETag_OneRevisesTheOther412()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));
        var id = await vendor.CreateAsync(report);
        var etag = await vendor.ETagAsync(id);

        var responses = await Task.WhenAll(
            vendor.PutIncidentAsync(id, Revised(report, r => r["description"]!["location"] = "Kitchen"), etag),
            vendor.PutIncidentAsync(id, Revised(report, r => r["description"]!["location"] = "Garden"), etag));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order());
        Assert.Equal("incident.concurrency", await ProblemCodeAsync(responses.Single(r => r.StatusCode == HttpStatusCode.PreconditionFailed)));
        Assert.Single((await LoadAsync(app, id)).Addendums);
    }

    [Fact]
    public async Task Put_BadFieldsAndNoReason_400NamingEachFieldByItsJsonPath()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));
        var id = await vendor.CreateAsync(report);
        var revised = Revised(report, r =>
        {
            r["officer"]!["email"] = "not-an-address";
            r["clients"]![0]!["surname"] = " ";
        });
        revised.Remove("reason");

        var response = await vendor.PutIncidentAsync(id, revised, await vendor.ETagAsync(id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["clients[0].surname", "officer.email", "reason"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Enter the reason.", errors["reason"]![0]!.GetValue<string>());
        Assert.Empty((await LoadAsync(app, id)).Addendums);
    }

    [Fact]
    public async Task Put_SameIdempotencyKeyAgain_FirstAnswerReplayedAndRevisedOnce()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));
        var id = await vendor.CreateAsync(report);
        var (revised, etag, key) = (Revised(report, r => r["description"]!["location"] = "Kitchen"), await vendor.ETagAsync(id), Guid.NewGuid().ToString());

        var first = await vendor.PutIncidentAsync(id, revised, etag, key);
        var again = await vendor.PutIncidentAsync(id, revised, etag, key);
        var withoutKey = await vendor.PutIncidentAsync(id, revised, etag, "");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag!.Tag, again.Headers.ETag?.Tag);
        Assert.NotEqual(etag, first.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.BadRequest, withoutKey.StatusCode);
        Assert.Equal("idempotency.key_missing", await ProblemCodeAsync(withoutKey));
        Assert.Single((await LoadAsync(app, id)).Addendums);
    }

    [Fact]
    public async Task Put_SameKeyAndBodyAgainstAnotherVersion_409KeyReusedAndRevisedOnce()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));
        var id = await vendor.CreateAsync(report);
        var (revised, etag, key) = (Revised(report, r => r["description"]!["location"] = "Kitchen"), await vendor.ETagAsync(id), Guid.NewGuid().ToString());
        var first = await vendor.PutIncidentAsync(id, revised, etag, key);

        var otherVersion = await vendor.PutIncidentAsync(id, revised, first.Headers.ETag!.Tag, key);

        Assert.Equal(HttpStatusCode.Conflict, otherVersion.StatusCode);
        Assert.Equal("idempotency.key_reused", await ProblemCodeAsync(otherVersion));
        Assert.Single((await LoadAsync(app, id)).Addendums);
    }

    [Fact]
    public async Task Put_NothingChanged_400NoChanges()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));
        var id = await vendor.CreateAsync(report);

        var response = await vendor.PutIncidentAsync(id, Revised(report, _ => { }), await vendor.ETagAsync(id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("incident.no_changes", await ProblemCodeAsync(response));
    }

    [Fact]
    public async Task OpenApiDocument_PutExample_AcceptedAsARevisionWithIfMatchRequired()
    {
        var put = (await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!["paths"]!["/api/v1/incidents/{id}"]!["put"]!;
        var example = put["requestBody"]!["content"]!["application/json"]!["example"]!.AsObject();
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var id = await vendor.CreateAsync(NonMajor(ApiVendor.Report(await vendor.ReferenceAsync())));

        var response = await vendor.PutIncidentAsync(id, example, await vendor.ETagAsync(id));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var ifMatch = put["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "If-Match")!;
        Assert.True(ifMatch["required"]!.GetValue<bool>());
        Assert.Equal(["200", "400", "401", "403", "404", "409", "412", "415", "428", "429"], put["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.NotNull(put["responses"]!["200"]!["headers"]?["ETag"]);
        Assert.Contains("department_has_acted", put["responses"]!["409"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }
}

public sealed class SqliteReviseIncidentTests(SqliteApp app) : ReviseIncidentTests<SqliteApp>(app);

public sealed class PostgresReviseIncidentTests(PostgresApp app) : ReviseIncidentTests<PostgresApp>(app);
