using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Domain.Incidents;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Api.Sandbox;
using Cims.Web.Features.Api.Webhooks;
using Cims.Web.Features.Incidents;
using Cims.Web.Features.Notifications;
using Cims.Web.Tests.Incidents;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api.Sandbox;

/// <summary>
/// A vendor's sandbox client posts through the same API as a real one and sees a realistic answer, while the
/// department's lists, figures, numbering and reminders never see its synthetic incidents; webhooks still fire.
/// </summary>
public abstract class ApiSandboxTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string Staff = "staff@department.example";

    [Fact]
    public async Task PostIncident_SandboxClient_201WithSbxNumberDeadlineAndStatusReadableByItsClientOnly()
    {
        var vendor = await SandboxVendorAsync();

        var created = await PostAsync(vendor);

        var id = created["id"]!.GetValue<int>();
        var incident = await app.WithDbAsync(db => db.Incidents.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.True(incident.IsSandbox);
        Assert.Equal(IncidentNumbers.Format(id, incident.SubmittedAt!.Value, sandbox: true), created["number"]!.GetValue<string>());
        Assert.StartsWith("SBX-", created["number"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(IncidentStatus.FollowUpDetermined.ToString(), created["status"]!.GetValue<string>());
        Assert.NotNull(incident.DueAt);
        Assert.Equal(incident.DueAt, created["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.OK, (await vendor.Http.GetAsync($"/api/v1/incidents/{id}")).StatusCode);
        var real = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await real.Http.GetAsync($"/api/v1/incidents/{id}")).StatusCode);
    }

    [Fact]
    public async Task DepartmentListAndFigures_AfterASandboxIncident_NeitherTheIncidentNorTheSandboxOrganisation()
    {
        var counted = await app.WithDbAsync(db => db.Incidents.CountAsync());
        var number = (await PostAsync(await SandboxVendorAsync()))["number"]!.GetValue<string>();
        var staff = await FormClient.SignedInAsync(app, Staff);

        var list = await staff.GetPageAsync("/Department/Incidents?Status=Any");
        var dashboard = await staff.GetPageAsync("/Analysis");

        Assert.DoesNotContain(number, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(SandboxClients.OrganisationName, list.Body.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(SandboxClients.OrganisationName, dashboard.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(counted, await app.WithDbAsync(db => db.Incidents.CountAsync())); // what every list, tile, export and job reads
        Assert.Equal(HttpStatusCode.NotFound, (await staff.Http.GetAsync($"/Incidents/{await IdOfAsync(number)}")).StatusCode);
    }

    [Fact]
    public async Task NextRealIncident_AfterASandboxOne_GetsAnIrdNumberAndNoIrdNumberNamesTheSandboxIncident()
    {
        var sandbox = await PostAsync(await SandboxVendorAsync());
        var real = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();

        var next = (await (await real.PostIncidentAsync(ApiVendor.Report(await real.ReferenceAsync()))).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.StartsWith("IRD-", next["number"]!.GetValue<string>(), StringComparison.Ordinal);
        var sandboxId = sandbox["id"]!.GetValue<int>().ToString("D6", CultureInfo.InvariantCulture);
        Assert.False(await app.WithDbAsync(db => db.Incidents.IgnoreQueryFilters().AnyAsync(i => i.Number!.StartsWith("IRD-") && i.Number.EndsWith(sandboxId))));
    }

    [Fact]
    public async Task Reminders_AReportAwaitingEndorsementInTheSandbox_NoReminderAndNoNotification()
    {
        var id = await IncidentBuilder.CreateAsync(app); // awaiting endorsement, with a deadline: reminded while real
        Assert.Contains(await ReminderItemsAsync(), i => i.ItemKind == "ReportEndorsement" && i.ItemId == id);
        await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.IsSandbox, true)));
        var notifications = await app.WithDbAsync(db => db.Notifications.CountAsync());

        var items = await ReminderItemsAsync();
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SendReminders>().RunAsync(CancellationToken.None);

        Assert.DoesNotContain(items, i => i.ItemKind == "ReportEndorsement" && i.ItemId == id);
        Assert.False(await app.WithDbAsync(db => db.Reminders.AnyAsync(r => r.ItemKind == "ReportEndorsement" && r.ItemId == id)));
        Assert.Equal(notifications, await app.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task Webhook_OfTheSandboxOrganisation_GetsTheSandboxIncidentsEvent()
    {
        var vendor = await SandboxVendorAsync();
        var webhook = await app.WithDbAsync(async db =>
        {
            var subscription = WebhookSubscription.Create(await SandboxIdAsync(), "https://vendor.example/events", "", [WebhookEventTypes.Submitted], "protected", DateTimeOffset.UtcNow);
            db.WebhookSubscriptions.Add(subscription);
            await db.SaveChangesAsync();
            return subscription.Id;
        });

        var id = (await PostAsync(vendor))["id"]!.GetValue<int>();

        Assert.True(await app.WithDbAsync(db => db.WebhookMessages.AnyAsync(m => m.SubscriptionId == webhook && m.IncidentId == id && m.Type == WebhookEventTypes.Submitted)));
    }

    [Fact]
    public async Task SandboxClients_SandboxClient200_RealClient404()
    {
        var sandbox = await SandboxVendorAsync();
        var real = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();

        var clients = await sandbox.Http.GetFromJsonAsync<JsonArray>("/api/v1/sandbox/clients");

        Assert.Equal(SandboxClients.All.Select(c => c.Identifier), clients!.Select(c => c!["identifier"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await real.Http.GetAsync("/api/v1/sandbox/clients")).StatusCode);
    }

    /// <summary>The sandbox's reference data offers every area and service type, so any program can be posted.</summary>
    [Fact]
    public async Task Reference_SandboxClient_EveryAreaAndServiceType()
    {
        var reference = await (await SandboxVendorAsync()).ReferenceAsync();

        Assert.Equal(reference["areas"]!.AsArray().Count, reference["organisationAreaIds"]!.AsArray().Count);
        Assert.Equal(reference["serviceTypes"]!.AsArray().Count, reference["organisationServiceTypeIds"]!.AsArray().Count);
    }

    private async Task<ApiVendor> SandboxVendorAsync()
    {
        using var scope = app.Services.CreateScope();
        var credentials = await scope.ServiceProvider.GetRequiredService<ApiClientRegistry>()
            .RegisterAsync(await SandboxIdAsync(), "Vendor test system (sandbox)", ApiScopes.All, CancellationToken.None);
        return await new ApiVendor(app.CreateClient(), credentials).SignInAsync();
    }

    private async Task<JsonObject> PostAsync(ApiVendor vendor)
    {
        var response = await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private Task<int> SandboxIdAsync() => app.WithDbAsync(async db => (await new SandboxSeeder(db, TimeProvider.System).IdAsync(CancellationToken.None))!.Value);

    private async Task<List<ReminderItem>> ReminderItemsAsync()
    {
        using var scope = app.Services.CreateScope();
        var items = new List<ReminderItem>();
        foreach (var source in scope.ServiceProvider.GetRequiredService<ReminderSources>().All)
            items.AddRange(await source(CancellationToken.None));
        return items;
    }

    private Task<int> IdOfAsync(string number) =>
        app.WithDbAsync(db => db.Incidents.IgnoreQueryFilters().Where(i => i.Number == number).Select(i => i.Id).SingleAsync());
}

public sealed class SqliteApiSandboxTests(SqliteApp app) : ApiSandboxTests<SqliteApp>(app);

public sealed class PostgresApiSandboxTests(PostgresApp app) : ApiSandboxTests<PostgresApp>(app);
