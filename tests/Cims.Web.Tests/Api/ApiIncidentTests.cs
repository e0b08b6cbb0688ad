using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Domain.Incidents;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Api;
using Cims.Web.Features.Incidents;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api;

/// <summary>The API as a provider system uses it: the reference data, an endorsed report, its status; every call audited.</summary>
public abstract class ApiIncidentTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Reference_WithScope_CodesWithValidDatesAndTheOrganisationsOwnAreas()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();

        var reference = await vendor.ReferenceAsync();

        var areas = reference["areas"]!.AsArray();
        Assert.Contains(areas, a => a!["name"]!.GetValue<string>() == "Goulburn" && a["division"] is not null && a.AsObject().ContainsKey("validTo"));
        var own = reference["organisationAreaIds"]!.AsArray().Select(a => a!.GetValue<int>()).ToList();
        Assert.Equal(["Goulburn", "Outer Eastern Melbourne"], areas.Where(a => own.Contains(a!["id"]!.GetValue<int>())).Select(a => a!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.NotEmpty(reference["programs"]!.AsArray());
        Assert.Contains(reference["incidentTypes"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Physical abuse" && t["isAbuseType"]!.GetValue<bool>());
        Assert.Contains(reference["optionLists"]!["Sex"]!.AsArray(), o => o!["code"]!.GetValue<string>() == "2" && o.AsObject().ContainsKey("validFrom"));
        Assert.Contains(reference["optionLists"]!["ImmediateAction"]!.AsArray(), o => o!["code"]!.GetValue<string>() == "SAFETY");
    }

    [Fact]
    public async Task PostIncident_EndorsedReport_201WithNumberAndDeadlineAsAWebEndorsement()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();

        var response = await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = body["id"]!.GetValue<int>();
        Assert.Equal($"/api/v1/incidents/{id}", response.Headers.Location!.OriginalString);
        var incident = await LoadAsync(id);
        Assert.Equal(IncidentNumbers.Format(id, incident.SubmittedAt!.Value), body["number"]!.GetValue<string>());
        Assert.Equal(incident.Status.ToString(), body["status"]!.GetValue<string>());
        Assert.Equal(incident.DueAt, body["dueAt"]!.GetValue<DateTimeOffset>());
        var deadline = await WithScopeAsync(s => s.GetRequiredService<IncidentClock>().ReportingDeadlineAsync(incident, CancellationToken.None));
        Assert.Equal(deadline!.DueAt, incident.DueAt);
        Assert.Equal(await OrganisationIdAsync(DemoAccounts.AgencyOne), incident.OrganisationId);
        Assert.Equal(IncidentStatus.FollowUpDetermined, incident.Status); // E2/E3 major impact: follow-up by rule, as on endorsement
        Assert.Equal([IncidentStatus.AwaitingEndorsement, IncidentStatus.SubmittedToDepartment, IncidentStatus.FollowUpDetermined], incident.History.Select(h => h.To));
        Assert.Equal(ApiClaimTypes.UserId(vendor.Credentials.ClientId), incident.History[1].ByUserId);
    }

    [Fact]
    public async Task Api_TokenAndEveryCall_AuditedWithTheClient()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();

        var created = await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()));
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();

        var calls = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == ApiCallAudit.Action && a.EntityId == vendor.Credentials.ClientId).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["GET /api/v1/reference → 200", "POST /api/v1/incidents → 201"], calls.Select(c => c.Details));
        var agencyOne = await OrganisationIdAsync(DemoAccounts.AgencyOne);
        Assert.All(calls, c => Assert.Equal(agencyOne, c.OrganisationId));
        Assert.Contains("scopes: incidents:write incidents:read reference:read", (await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Action == IssueApiToken.TokenIssued && a.EntityId == vendor.Credentials.ClientId))).Details, StringComparison.Ordinal);
        var endorsed = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "incident.endorsed" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(ApiClaimTypes.UserId(vendor.Credentials.ClientId), endorsed.UserId);
    }

    [Fact]
    public async Task PostIncident_BadFields_400ProblemDetailsNamingEachFieldWithTheFormsMessage()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        report["officer"]!["email"] = "not-an-address";
        report["service"]!["postcode"] = "";
        report["clients"]![0]!["surname"] = " ";
        report.Remove("actions");
        var before = await app.WithDbAsync(db => db.Incidents.CountAsync());

        var response = await vendor.PostIncidentAsync(report);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["actions", "clients[0].surname", "officer.email", "service.postcode"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Enter an e-mail address in the right format, like name@example.org.", errors["officer.email"]![0]!.GetValue<string>());
        Assert.Equal("Enter the postcode.", errors["service.postcode"]![0]!.GetValue<string>());
        Assert.Equal("Enter the client's surname.", errors["clients[0].surname"]![0]!.GetValue<string>());
        Assert.Equal(before, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task PostIncident_UnknownImpactName_400ProblemDetailsNamingTheField()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        report["description"]!["impact"] = "Huge";

        var response = await vendor.PostIncidentAsync(report);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(ApiJson.UnreadableMessage, Assert.Single(errors, e => e.Key == "description.impact").Value![0]!.GetValue<string>());
    }

    [Fact]
    public async Task PostIncident_AreaOfAnotherOrganisation_400WithTheFormsMessage()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var reference = await vendor.ReferenceAsync();
        var report = ApiVendor.Report(reference);
        var own = reference["organisationAreaIds"]!.AsArray().Select(a => a!.GetValue<int>()).ToList();
        report["service"]!["areaId"] = reference["areas"]!.AsArray().Select(a => a!["id"]!.GetValue<int>()).First(a => !own.Contains(a));

        var response = await vendor.PostIncidentAsync(report);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal("Choose one of your organisation's areas.", Assert.Single(errors, e => e.Key == "service.areaId").Value![0]!.GetValue<string>());
    }

    [Fact]
    public async Task GetIncident_OwnOrganisation_StatusAndDeadlines()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var created = await (await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()))).Content.ReadFromJsonAsync<JsonObject>();
        var reader = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.IncidentsRead)).SignInAsync();

        var response = await reader.Http.GetAsync($"/api/v1/incidents/{created!["id"]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var incident = await LoadAsync(created["id"]!.GetValue<int>());
        Assert.Equal(created["number"]!.GetValue<string>(), status["number"]!.GetValue<string>());
        Assert.Equal("FollowUpDetermined", status["status"]!.GetValue<string>());
        Assert.Equal(incident.DueAt, status["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(incident.FollowUp.ToString(), status["followUp"]!.GetValue<string>());
        Assert.Equal(incident.FollowUpDueAt, status["followUpDueAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task GetIncident_AnotherOrganisationsClient_404()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var created = await (await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()))).Content.ReadFromJsonAsync<JsonObject>();
        var other = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyTwo)).SignInAsync();

        var response = await other.Http.GetAsync($"/api/v1/incidents/{created!["id"]}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("delegate@agency-one.example")]
    [InlineData("staff@department.example")]
    public async Task IncidentPage_ReportSentThroughTheApi_ShownWithItsNumberAndSender(string email)
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var created = await (await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()))).Content.ReadFromJsonAsync<JsonObject>();
        var web = await FormClient.SignedInAsync(app, email);

        var page = await web.GetPageAsync($"/Incidents/{created!["id"]}");

        Assert.Contains(created["number"]!.GetValue<string>(), page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{DemoAccounts.AgencyOne} client system", page.Body.TextContent, StringComparison.Ordinal);
    }

    private Task<int> OrganisationIdAsync(string name) =>
        app.WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private Task<Incident> LoadAsync(int id) => app.WithDbAsync(db => db.Incidents.AsNoTracking().AsSplitQuery().SingleAsync(i => i.Id == id));

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }
}

public sealed class SqliteApiIncidentTests(SqliteApp app) : ApiIncidentTests<SqliteApp>(app);

public sealed class PostgresApiIncidentTests(PostgresApp app) : ApiIncidentTests<PostgresApp>(app);
