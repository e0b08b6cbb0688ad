using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Incidents.Investigations;
using Cims.Web.Tests.Incidents.Reviews;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api;

/// <summary>
/// Follow-up outcomes through the API: an investigation's and a review's status and clock at every step, their findings,
/// reports and actions only once finished; the incident's actions with their progress; another organisation's ids not found.
/// </summary>
public abstract class ApiOutcomeTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static readonly Actor By = new("builder", "Test Builder");

    [Fact]
    public async Task Investigation_InProgress_StatusClockAndAllegationsWithoutFindingsOrOutcome()
    {
        var (incidentId, investigationId) = await InvestigationBuilder.InProgressAsync(app);
        await ChangeAsync(investigationId, (v, _) => v.RecordFinding(1, AllegationFinding.Substantiated, "A draft finding.", IncidentBuilder.Now));

        var body = await GetAsync(await VendorAsync(), $"/api/v1/incidents/{incidentId}/investigation");

        var investigation = await InvestigationBuilder.LoadAsync(app, investigationId);
        Assert.Equal((investigationId, "InProgress"), (body["id"]!.GetValue<int>(), body["status"]!.GetValue<string>()));
        Assert.Equal(investigation.DueAt, body["dueAt"]!.GetValue<DateTimeOffset?>());
        var allegation = body["allegations"]!.AsArray()[0]!;
        Assert.Equal(investigation.Allegations[0].SubjectName, allegation["subjectName"]!.GetValue<string>());
        Assert.Null(allegation["finding"]);
        Assert.Null(allegation["findingReasons"]);
        Assert.Null(body["outcome"]);
        Assert.False(body.ContainsKey("evidence"));
    }

    [Fact]
    public async Task Investigation_SubmittedThenAccepted_FindingsOutcomeAndRecommendationsOnlyOnceAccepted()
    {
        var (incidentId, investigationId) = await InvestigationBuilder.InProgressAsync(app);
        await ChangeAsync(investigationId, (v, incident) =>
        {
            foreach (var allegation in v.Allegations)
                v.RecordFinding(allegation.Number, AllegationFinding.Substantiated, "Two staff saw it.", IncidentBuilder.Now).MustSucceed();
            v.Recommend("Retrain the team in safe handling.", "Practice lead", new DateOnly(2027, 3, 1), IncidentBuilder.Now).MustSucceed();
            v.SaveOutcome(new InvestigationOutcome("Pat Staff was stood down.", null, null, null), IncidentBuilder.Now).MustSucceed();
            v.SubmitOutcome(incident, By, IncidentBuilder.Now).MustSucceed();
            return v.ApproveOutcome(incident, By, IncidentBuilder.Now);
        });
        var vendor = await VendorAsync();

        var submitted = await GetAsync(vendor, $"/api/v1/incidents/{incidentId}/investigation");
        await ChangeAsync(investigationId, (v, incident) => v.AcceptOutcome(incident, By, IncidentBuilder.Now));
        var accepted = await GetAsync(vendor, $"/api/v1/incidents/{incidentId}/investigation");

        Assert.Equal("OutcomeSubmitted", submitted["status"]!.GetValue<string>());
        Assert.Null(submitted["outcome"]);
        Assert.All(submitted["allegations"]!.AsArray(), a => Assert.Null(a!["finding"]));
        Assert.Equal("Accepted", accepted["status"]!.GetValue<string>());
        Assert.NotNull(accepted["acceptedAt"]);
        Assert.All(accepted["allegations"]!.AsArray(), a => Assert.Equal(("Substantiated", "Two staff saw it."), (a!["finding"]!.GetValue<string>(), a["findingReasons"]!.GetValue<string>())));
        Assert.Equal("Pat Staff was stood down.", accepted["outcome"]!["organisationResponse"]!.GetValue<string>());
        var recommendation = Assert.Single(accepted["outcome"]!["recommendations"]!.AsArray())!;
        Assert.Equal(("Retrain the team in safe handling.", "Open"), (recommendation["text"]!.GetValue<string>(), recommendation["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Review_InProgressThenAccepted_ReportAndActionsOnlyOnceAccepted()
    {
        var (incidentId, reviewId) = await ReviewSetup.OpenAsync(app, FollowUpAction.RcaReview, ReviewSetup.E2Day, complete: true);
        var vendor = await VendorAsync();

        var inProgress = await GetAsync(vendor, $"/api/v1/incidents/{incidentId}/review");
        await ChangeReviewAsync(reviewId, (r, incident) =>
        {
            r.Submit(incident, By, IncidentBuilder.Now).MustSucceed();
            r.Approve(incident, By, investigationDone: false, IncidentBuilder.Now).MustSucceed();
            return r.Accept(incident, By, investigationDone: false, IncidentBuilder.Now);
        });
        var accepted = await GetAsync(vendor, $"/api/v1/incidents/{incidentId}/review");

        Assert.Equal((reviewId, "RcaReview", "InProgress"), (inProgress["id"]!.GetValue<int>(), inProgress["kind"]!.GetValue<string>(), inProgress["status"]!.GetValue<string>()));
        Assert.NotNull(inProgress["dueAt"]);
        Assert.Null(inProgress["report"]);
        Assert.Equal("Accepted", accepted["status"]!.GetValue<string>());
        var report = accepted["report"]!;
        Assert.Equal("Falls follow transfers done alone.", report["rca"]!["summary"]!.GetValue<string>());
        Assert.Null(report["caseReview"]);
        Assert.Equal(["The roster leaves one worker on evenings."], report["rootCauses"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("Jo transferred to bed by one worker.", report["timeline"]![0]!["description"]!.GetValue<string>());
        Assert.Equal(2, report["actions"]!.AsArray().Count);
    }

    [Fact]
    public async Task Actions_ReviewActionsWithProgress_OverdueFlaggedOpenFirst()
    {
        var (incidentId, reviewId) = await ReviewSetup.OpenAsync(app, FollowUpAction.CaseReview, ReviewSetup.E2Day, complete: true);
        await ChangeReviewAsync(reviewId, (r, _) => r.TrackAction(2, RecommendationStatus.Done, "Training given on 1 December.", IncidentBuilder.Now));

        var body = await GetAsync(await VendorAsync(), $"/api/v1/incidents/{incidentId}/actions");

        Assert.Equal(incidentId, body["incidentId"]!.GetValue<int>());
        var actions = body["actions"]!.AsArray();
        Assert.Equal([1, 2], actions.Select(a => a!["number"]!.GetValue<int>()));
        Assert.Equal(("CaseReview", reviewId), (actions[0]!["source"]!.GetValue<string>(), actions[0]!["itemId"]!.GetValue<int>()));
        Assert.Equal(("Open", true), (actions[0]!["status"]!.GetValue<string>(), actions[0]!["overdue"]!.GetValue<bool>()));
        Assert.Equal(("Done", "Training given on 1 December.", false),
            (actions[1]!["status"]!.GetValue<string>(), actions[1]!["note"]!.GetValue<string>(), actions[1]!["overdue"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Outcomes_NoneYet_InvestigationAndReview404ActionsEmpty()
    {
        var incidentId = await InvestigationBuilder.AwaitingInvestigatorAsync(app);
        var vendor = await VendorAsync();

        var investigation = await vendor.Http.GetAsync($"/api/v1/incidents/{incidentId}/investigation");
        var review = await vendor.Http.GetAsync($"/api/v1/incidents/{incidentId}/review");
        var actions = await GetAsync(vendor, $"/api/v1/incidents/{incidentId}/actions");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (investigation.StatusCode, review.StatusCode));
        Assert.Empty(actions["actions"]!.AsArray());
    }

    [Fact]
    public async Task Outcomes_AnotherOrganisationsIncident_404ForEach()
    {
        var (incidentId, _) = await InvestigationBuilder.InProgressAsync(app);
        var (reviewIncidentId, _) = await ReviewSetup.OpenAsync(app, FollowUpAction.CaseReview, ReviewSetup.E2Day, complete: true);
        var other = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyTwo)).SignInAsync();

        string[] paths = [$"{incidentId}/investigation", $"{incidentId}/actions", $"{reviewIncidentId}/review", $"{reviewIncidentId}/actions"];
        var statuses = new List<HttpStatusCode>();
        foreach (var path in paths)
            statuses.Add((await other.Http.GetAsync($"/api/v1/incidents/{path}")).StatusCode);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.OK, (await (await VendorAsync()).Http.GetAsync($"/api/v1/incidents/{reviewIncidentId}/review")).StatusCode);
    }

    [Fact]
    public async Task Outcomes_WithoutTheReadScope_403()
    {
        var (incidentId, _) = await InvestigationBuilder.InProgressAsync(app);
        var writer = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, Cims.Web.Infrastructure.Api.ApiScopes.IncidentsWrite)).SignInAsync();

        var response = await writer.Http.GetAsync($"/api/v1/incidents/{incidentId}/investigation");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<ApiVendor> VendorAsync() => await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();

    private static async Task<JsonObject> GetAsync(ApiVendor vendor, string url)
    {
        var response = await vendor.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task ChangeAsync(int investigationId, Func<Investigation, Incident, Result> change)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var investigation = await db.Investigations.SingleAsync(v => v.Id == investigationId);
        change(investigation, await db.Incidents.SingleAsync(i => i.Id == investigation.IncidentId)).MustSucceed();
        await db.SaveChangesAsync();
    }

    private async Task ChangeReviewAsync(int reviewId, Func<Review, Incident, Result> change)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
        change(review, await db.Incidents.SingleAsync(i => i.Id == review.IncidentId)).MustSucceed();
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteApiOutcomeTests(SqliteApp app) : ApiOutcomeTests<SqliteApp>(app);

public sealed class PostgresApiOutcomeTests(PostgresApp app) : ApiOutcomeTests<PostgresApp>(app);
