using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Domain.Incidents;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Api.Webhooks;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Api.Revision.RevisionSteps;

namespace Cims.Web.Tests.Api.Revision;

/// <summary>
/// What follows a revision: an E1 report raised to major impact goes to the department now, one in screening that is no
/// longer major leaves screening, subscribers are told ("incident.revised"), and the incident page shows the addendum.
/// </summary>
public abstract class RevisionFollowOnTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static readonly DateOnly E1Day = new(2019, 3, 4);

    [Fact]
    public async Task Put_E1NonMajorWaitingForTheBatchRaisedToMajor_SubmittedNowNumberedAndScreened()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, impact: ImpactLevel.NonMajor, reportedOn: E1Day);
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        Assert.Equal(IncidentStatus.NonMajorRecorded, (await LoadAsync(app, id)).Status);
        var report = Revised(ApiVendor.Report(await vendor.ReferenceAsync()), _ => { }, "Reassessed: the client was injured.");

        var response = await vendor.PutIncidentAsync(id, report, await vendor.ETagAsync(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var incident = await LoadAsync(app, id);
        Assert.Equal(PolicyProfile.E1, incident.Profile);
        Assert.Equal(IncidentStatus.DepartmentReview, incident.Status); // E1 major: to screening, as an endorsement
        Assert.Equal("DepartmentReview", (await response.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.StartsWith("IRD-", incident.Number, StringComparison.Ordinal);
        Assert.NotNull(incident.SubmittedAt);
        var moves = incident.History.TakeLast(2).ToList();
        Assert.Equal((IncidentStatus.NonMajorRecorded, IncidentStatus.SubmittedToDepartment), (moves[0].From, moves[0].To));
        Assert.Equal(ApiClaimTypes.UserId(vendor.Credentials.ClientId), moves[0].ByUserId);
        Assert.Equal((IncidentStatus.DepartmentReview, Actor.System.UserId), (moves[1].To, moves[1].ByUserId));
        Assert.Contains("Impact: Non-major impact → Major impact", Assert.Single(incident.Addendums).Text, StringComparison.Ordinal);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "incident.revised" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains($"Submitted to the department as {incident.Number}", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_E1InScreeningRevisedToNonMajor_LeavesScreeningAndCanBeRevisedAgain()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: E1Day);
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        Assert.Equal(IncidentStatus.DepartmentReview, (await LoadAsync(app, id)).Status);
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));

        var first = await vendor.PutIncidentAsync(id, Revised(report, _ => { }, "Not a major impact after all."), await vendor.ETagAsync(id));
        var second = await vendor.PutIncidentAsync(id, Revised(report, r => r["description"]!["location"] = "Kitchen"), await vendor.ETagAsync(id));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var incident = await LoadAsync(app, id);
        Assert.Equal(IncidentStatus.SubmittedToDepartment, incident.Status);
        Assert.Equal((IncidentStatus.DepartmentReview, IncidentStatus.SubmittedToDepartment, Actor.System.UserId),
            (incident.History[^1].From, incident.History[^1].To, incident.History[^1].ByUserId));
        Assert.Equal(2, incident.Addendums.Count);
    }

    [Fact]
    public async Task Put_Revised_OneRevisedEventForTheWebhookThatWantsIt()
    {
        var wants = await AddWebhookAsync(WebhookEventTypes.Revised);
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));
        var id = await vendor.CreateAsync(report);

        var response = await vendor.PutIncidentAsync(id, Revised(report, r => r["description"]!["location"] = "Kitchen"), await vendor.ETagAsync(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await app.WithDbAsync(db => db.WebhookMessages.AsNoTracking().Where(m => m.IncidentId == id).ToListAsync()));
        Assert.Equal((wants, WebhookEventTypes.Revised), (row.SubscriptionId, row.Type));
        Assert.Contains("\"status\":\"SubmittedToDepartment\"", row.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("delegate@agency-one.example")]
    [InlineData("reporter@agency-one.example")]
    public async Task IncidentPage_AfterARevision_ShowsTheAddendumToTheOrganisation(string email)
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, impact: ImpactLevel.NonMajor);
        var report = NonMajor(ApiVendor.Report(await vendor.ReferenceAsync()));
        Assert.Equal(HttpStatusCode.OK, (await vendor.PutIncidentAsync(id, Revised(report, _ => { }), await vendor.ETagAsync(id))).StatusCode);
        var web = await FormClient.SignedInAsync(app, email);

        var page = await web.GetPageAsync($"/Incidents/{id}");

        var addendums = page.GetElementById("addendums")!.TextContent;
        Assert.Contains("Revision from the provider's system", addendums, StringComparison.Ordinal);
        Assert.Contains($"by {DemoAccounts.AgencyOne} client system", addendums, StringComparison.Ordinal);
        Assert.Contains("Reason: The incident happened in the kitchen.", addendums, StringComparison.Ordinal);
        Assert.Contains("Client 2: Sam Citizen", addendums, StringComparison.Ordinal); // the report sent has one client
        Assert.DoesNotContain("Location:", addendums, StringComparison.Ordinal); // unchanged fields are not listed
    }

    private Task<int> AddWebhookAsync(string type) => app.WithDbAsync(async db =>
    {
        await db.WebhookSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(w => w.Paused, true));
        var agencyOne = await db.Organisations.Where(o => o.Name == DemoAccounts.AgencyOne).Select(o => o.Id).SingleAsync();
        var webhook = WebhookSubscription.Create(agencyOne, "https://cms.agency-one.example/events", "", [type], "protected", DateTimeOffset.UtcNow);
        db.WebhookSubscriptions.Add(webhook);
        await db.SaveChangesAsync();
        return webhook.Id;
    });
}

public sealed class SqliteRevisionFollowOnTests(SqliteApp app) : RevisionFollowOnTests<SqliteApp>(app);

public sealed class PostgresRevisionFollowOnTests(PostgresApp app) : RevisionFollowOnTests<PostgresApp>(app);
