using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Domain.Incidents;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Api.Idempotency;
using Cims.Web.Features.Incidents.Endorsement;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Api;

/// <summary>
/// The follow-up through the API: recommended with the endorsed report, read with the rules' suggestion and the
/// department's decision, changed until the department decides; another organisation's incident is not found.
/// </summary>
public abstract class ApiFollowUpTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string Reason = "The staff member was a visitor on the day: a case review of the visiting arrangements fits better.";
    private const string Staff = "staff@department.example";

    [Fact]
    public async Task PostIncident_WithARecommendation_StoredScreenedAndShownOnTheIncidentAndScreeningPages()
    {
        var vendor = await VendorAsync();

        var id = await PostAsync(vendor, new JsonObject { ["action"] = "CaseReview", ["reason"] = Reason });

        var incident = await LoadAsync(id);
        Assert.Equal((IncidentStatus.DepartmentReview, FollowUpAction.CaseReview, Reason), (incident.Status, incident.RecommendedFollowUp, incident.RecommendationReason));
        var delegatePage = await (await FormClient.SignedInAsync(app, "delegate@agency-one.example")).GetPageAsync($"/Incidents/{id}");
        Assert.Contains(Reason, delegatePage.QuerySelector("#status-history")!.TextContent, StringComparison.Ordinal);
        var screen = await (await FormClient.SignedInAsync(app, Staff)).GetPageAsync($"/Department/Incidents/{id}/Screen");
        Assert.Contains(Reason, screen.QuerySelector("#recommendation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(recommended by the organisation)", screen.QuerySelector("label[for='FollowUp-CaseReview']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostIncident_RecommendationWithoutReason_400NamingFollowUpReasonAndNothingCreated()
    {
        var vendor = await VendorAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        report["followUp"] = new JsonObject { ["action"] = "CaseReview", ["reason"] = " " };
        var before = await app.WithDbAsync(db => db.Incidents.CountAsync());

        var response = await vendor.PostIncidentAsync(report);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(IncidentErrors.RecommendationReasonRequired.Message, problem["errors"]!["followUp.reason"]![0]!.GetValue<string>());
        Assert.Equal("incident.recommendation_reason_required", problem["code"]!.GetValue<string>());
        Assert.Equal(before, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }

    [Fact]
    public async Task GetFollowUp_BeforeAndAfterTheDepartmentDecides_RecommendationSuggestionThenTheDecision()
    {
        var vendor = await VendorAsync();
        var id = await PostAsync(vendor, new JsonObject { ["action"] = "CaseReview", ["reason"] = Reason });

        var before = await GetFollowUpAsync(vendor, id);
        await ScreenAsync(id, "CaseReview", "Agreed: a case review.");
        var after = await GetFollowUpAsync(vendor, id);

        Assert.Equal(("CaseReview", Reason), (before["recommendation"]!["action"]!.GetValue<string>(), before["recommendation"]!["reason"]!.GetValue<string>()));
        Assert.Equal("Investigation", before["suggestion"]!["action"]!.GetValue<string>());
        Assert.Null(before["decision"]);
        Assert.True(before["canChangeRecommendation"]!.GetValue<bool>());
        var incident = await LoadAsync(id);
        var decision = after["decision"]!;
        Assert.Equal(("CaseReview", "Department", "Sam Staff"), (decision["action"]!.GetValue<string>(), decision["decidedBy"]!.GetValue<string>(), decision["decidedByName"]!.GetValue<string>()));
        Assert.Equal(incident.History[^1].At, decision["decidedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(incident.FollowUpDueAt, decision["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Contains("Agreed: a case review.", decision["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(after["canChangeRecommendation"]!.GetValue<bool>());
        Assert.Equal("FollowUpDetermined", after["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetFollowUp_NoRecommendation_DecidedByTheRulesAtOnce()
    {
        var vendor = await VendorAsync();
        var id = await PostAsync(vendor, null);

        var followUp = await GetFollowUpAsync(vendor, id);

        Assert.Null(followUp["recommendation"]);
        Assert.Equal(("Investigation", "Rules"), (followUp["decision"]!["action"]!.GetValue<string>(), followUp["decision"]!["decidedBy"]!.GetValue<string>()));
        Assert.Equal(followUp["suggestion"]!["reason"]!.GetValue<string>(), followUp["decision"]!["reason"]!.GetValue<string>()[("Investigation: ".Length)..]);
    }

    [Fact]
    public async Task PutFollowUp_BeforeTheDecision_ChangedAuditedAndTheSameKeyReplays()
    {
        var vendor = await VendorAsync();
        var id = await PostAsync(vendor, new JsonObject { ["action"] = "CaseReview", ["reason"] = Reason });
        var key = Guid.NewGuid().ToString();
        var body = new JsonObject { ["action"] = "RcaReview", ["reason"] = "Third fall on this unit this year." };

        var changed = await PutAsync(vendor, id, body, key);
        var replayed = await PutAsync(vendor, id, body, key);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("RcaReview", (await changed.Content.ReadFromJsonAsync<JsonObject>())!["recommendation"]!["action"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal("true", replayed.Headers.GetValues(IdempotencyFilter.ReplayedHeader).Single());
        var incident = await LoadAsync(id);
        Assert.Equal((FollowUpAction.RcaReview, "Third fall on this unit this year."), (incident.RecommendedFollowUp, incident.RecommendationReason));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == ChangeRecommendation.AuditAction && a.EntityId == id.ToString(CultureInfo.InvariantCulture)).ToListAsync());
        Assert.Contains("Third fall on this unit this year.", Assert.Single(audit).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutFollowUp_TheSuggestion_WithdrawsTheRecommendationAndTheDepartmentStillScreens()
    {
        var vendor = await VendorAsync();
        var id = await PostAsync(vendor, new JsonObject { ["action"] = "CaseReview", ["reason"] = Reason });

        var changed = await PutAsync(vendor, id, new JsonObject { ["action"] = "Investigation" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Null((await changed.Content.ReadFromJsonAsync<JsonObject>())!["recommendation"]);
        var incident = await LoadAsync(id);
        Assert.Equal((IncidentStatus.DepartmentReview, null, null), (incident.Status, incident.RecommendedFollowUp, incident.RecommendationReason));
    }

    [Fact]
    public async Task PutFollowUp_AfterTheDecision_409WithCodeAndNothingChanged()
    {
        var vendor = await VendorAsync();
        var id = await PostAsync(vendor, new JsonObject { ["action"] = "CaseReview", ["reason"] = Reason });
        await ScreenAsync(id, "Investigation", "An investigation after all.");
        var version = (await LoadAsync(id)).Version;

        var refused = await PutAsync(vendor, id, new JsonObject { ["action"] = "RcaReview", ["reason"] = "Too late." });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(IncidentErrors.FollowUpAlreadyDecided.Code, (await refused.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());
        var incident = await LoadAsync(id);
        Assert.Equal((version, FollowUpAction.CaseReview, FollowUpAction.Investigation), (incident.Version, incident.RecommendedFollowUp, incident.FollowUp));
    }

    [Fact]
    public async Task PutFollowUp_WithoutReasonOrKey_400NamingTheFieldOrTheHeader()
    {
        var vendor = await VendorAsync();
        var id = await PostAsync(vendor, new JsonObject { ["action"] = "CaseReview", ["reason"] = Reason });

        var noReason = await PutAsync(vendor, id, new JsonObject { ["action"] = "RcaReview" });
        var noKey = await PutAsync(vendor, id, new JsonObject { ["action"] = "RcaReview", ["reason"] = "Systemic." }, "");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(IncidentErrors.RecommendationReasonRequired.Message, (await noReason.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["reason"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Equal(FollowUpAction.CaseReview, (await LoadAsync(id)).RecommendedFollowUp);
    }

    [Fact]
    public async Task FollowUp_AnotherOrganisationsIncident_404AndNothingChanged()
    {
        var id = await PostAsync(await VendorAsync(), new JsonObject { ["action"] = "CaseReview", ["reason"] = Reason });
        var other = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyTwo)).SignInAsync();

        var read = await other.Http.GetAsync($"/api/v1/incidents/{id}/follow-up");
        var changed = await PutAsync(other, id, new JsonObject { ["action"] = "RcaReview", ["reason"] = "Not ours." });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, changed.StatusCode));
        Assert.Equal(FollowUpAction.CaseReview, (await LoadAsync(id)).RecommendedFollowUp);
    }

    private async Task<ApiVendor> VendorAsync() => await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();

    /// <summary>Posts the vendor's major physical abuse by staff (the rules suggest an investigation) with the recommendation given.</summary>
    private static async Task<int> PostAsync(ApiVendor vendor, JsonObject? followUp)
    {
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        if (followUp is not null)
            report["followUp"] = followUp;
        var response = await vendor.PostIncidentAsync(report);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>();
    }

    private static async Task<JsonObject> GetFollowUpAsync(ApiVendor vendor, int id)
    {
        var response = await vendor.Http.GetAsync($"/api/v1/incidents/{id}/follow-up");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static Task<HttpResponseMessage> PutAsync(ApiVendor vendor, int id, JsonObject body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/incidents/{id}/follow-up") { Content = JsonContent.Create(body) };
        if (key is not "")
            request.Headers.Add(IdempotencyFilter.Header, key ?? Guid.NewGuid().ToString());
        return vendor.Http.SendAsync(request);
    }

    /// <summary>Department staff decide the follow-up on the web screening page.</summary>
    private async Task ScreenAsync(int id, string followUp, string note)
    {
        var staff = await FormClient.SignedInAsync(app, Staff);
        var screen = await staff.GetPageAsync($"/Department/Incidents/{id}/Screen");
        var decided = await staff.PostWithTokenAsync($"/Department/Incidents/{id}/Screen", FormClient.Token(screen),
            [new("Version", screen.QuerySelector("input[name=Version]")!.GetAttribute("value")!), new("FollowUp", followUp), new("Note", note)]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
    }

    private Task<Incident> LoadAsync(int id) => app.WithDbAsync(db => db.Incidents.AsNoTracking().AsSplitQuery().SingleAsync(i => i.Id == id));
}

public sealed class SqliteApiFollowUpTests(SqliteApp app) : ApiFollowUpTests<SqliteApp>(app);

public sealed class PostgresApiFollowUpTests(PostgresApp app) : ApiFollowUpTests<PostgresApp>(app);
