using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Domain.Incidents;
using Cims.Web.Data.Seeding;
using Cims.Web.Data;
using Cims.Web.Features.Api.Webhooks;
using Cims.Web.Features.Api.Webhooks.Delivery;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Cims.Web.Tests.Api.Webhooks.WebhookSteps;

namespace Cims.Web.Tests.Api.Webhooks;

/// <summary>A vendor's journey with webhooks: registered on the page, events from the API and the department, signed, at least once.</summary>
public abstract class WebhookDeliveryTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Vendor_PostsIncidentThroughTheApi_ReceivesSubmittedAndFollowUpSignedWithItsSecret()
    {
        await QuietOthersAsync(app);
        await using var listener = await WebhookListener.StartAsync();
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (_, secret) = await RegisterAsync(admin, listener.Url, WebhookEventTypes.Submitted, WebhookEventTypes.FollowUpDetermined);
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var created = (await (await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()))).Content.ReadFromJsonAsync<JsonObject>())!;
        var id = created["id"]!.GetValue<int>();

        Assert.Equal(2, await DeliverAsync(app));

        var received = listener.Received.ToList();
        Assert.Equal([WebhookEventTypes.Submitted, WebhookEventTypes.FollowUpDetermined], received.Select(r => r.Type));
        Assert.All(received, r => Assert.True(SignedWith(r, secret), "The signature does not verify with the secret shown."));
        Assert.All(received, r => Assert.InRange(long.Parse(r.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        var submitted = JsonNode.Parse(received[0].Body)!.AsObject();
        Assert.Equal(received[0].EventId, submitted["id"]!.GetValue<string>());
        Assert.Equal("incident.submitted", submitted["type"]!.GetValue<string>());
        Assert.EndsWith("+00:00", submitted["occurredAt"]!.GetValue<string>(), StringComparison.Ordinal);
        var status = (await (await vendor.Http.GetAsync($"/api/v1/incidents/{id}")).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(JsonNode.DeepEquals(status, submitted["incident"]), $"{submitted["incident"]} is not {status}");
        Assert.Equal(created["number"]!.GetValue<string>(), submitted["incident"]!["number"]!.GetValue<string>());
        Assert.Equal(0, await DeliverAsync(app)); // delivered once acknowledged: nothing left
    }

    [Fact]
    public async Task Department_DeterminesTheFollowUpOnTheScreeningPage_FollowUpDeterminedArrives()
    {
        await QuietOthersAsync(app);
        await using var listener = await WebhookListener.StartAsync();
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (_, secret) = await RegisterAsync(admin, listener.Url, WebhookEventTypes.Submitted, WebhookEventTypes.FollowUpDetermined);
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 3, 4));
        Assert.Equal(1, await DeliverAsync(app));
        var staff = await FormClient.SignedInAsync(app, "staff@department.example");

        var screened = await staff.PostFormAsync($"/Department/Incidents/{id}/Screen", $"/Department/Incidents/{id}/Screen", new()
        {
            ["FollowUp"] = "Investigation",
            ["Note"] = "",
            ["Version"] = (await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Version).SingleAsync())).ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, screened.StatusCode);
        Assert.Equal(1, await DeliverAsync(app));

        var received = listener.Received.ToList();
        Assert.Equal([WebhookEventTypes.Submitted, WebhookEventTypes.FollowUpDetermined], received.Select(r => r.Type));
        Assert.True(SignedWith(received[1], secret));
        var incident = JsonNode.Parse(received[1].Body)!["incident"]!;
        Assert.Equal(id, incident["id"]!.GetValue<int>());
        Assert.Equal("FollowUpDetermined", incident["status"]!.GetValue<string>());
        Assert.Equal("Investigation", incident["followUp"]!.GetValue<string>());
        Assert.Equal("DepartmentReview", JsonNode.Parse(received[0].Body)!["incident"]!["status"]!.GetValue<string>()); // as it stood when it was written
    }

    [Fact]
    public async Task Delivery_Answered500Twice_SameEventThreeTimesAndEachAttemptInTheLog()
    {
        await QuietOthersAsync(app);
        await using var listener = await WebhookListener.StartAsync(500, 500, 200);
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (webhook, _) = await RegisterAsync(admin, listener.Url, WebhookEventTypes.Submitted);
        await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);

        Assert.Equal(1, await DeliverAsync(app));

        var received = listener.Received.ToList();
        Assert.Equal(3, received.Count);
        Assert.Single(received.Select(r => r.EventId).Distinct());
        Assert.Single(received.Select(r => r.Body).Distinct());
        var message = await app.WithDbAsync(db => db.WebhookMessages.AsNoTracking().Include(m => m.AttemptLog).SingleAsync(m => m.SubscriptionId == webhook));
        Assert.Equal(WebhookMessageState.Delivered, message.State);
        Assert.Equal([500, 500, 200], message.AttemptLog.OrderBy(a => a.Id).Select(a => a.StatusCode));
        var log = await admin.GetPageAsync($"/Webhooks/{webhook}");
        var tries = log.QuerySelectorAll("#log-caption ~ tbody li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, tries.Count(t => t.Contains("HTTP 500", StringComparison.Ordinal)));
        Assert.Single(tries, t => t.Contains("HTTP 200", StringComparison.Ordinal));
        Assert.Contains("Delivered", log.QuerySelector("#log-caption")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_KeepsFailing_WaitsInTheDatabaseThenFailsAndPausesAfterTheMaximumAge()
    {
        await QuietOthersAsync(app);
        await using var listener = await WebhookListener.StartAsync(Enumerable.Repeat(503, 6).ToArray());
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (webhook, _) = await RegisterAsync(admin, listener.Url, WebhookEventTypes.Submitted);
        await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);

        Assert.Equal(0, await DeliverAsync(app));
        var waiting = await app.WithDbAsync(db => db.WebhookMessages.AsNoTracking().SingleAsync(m => m.SubscriptionId == webhook));
        Assert.Equal(WebhookMessageState.Pending, waiting.State);
        Assert.Equal(3, waiting.Attempts);
        Assert.Equal("HTTP 503", waiting.LastError);
        Assert.True(waiting.NextAttemptAt > DateTimeOffset.UtcNow, "The next attempt should wait.");
        Assert.Null(waiting.LeaseUntil);
        Assert.Equal(0, await DeliverAsync(app));
        Assert.Equal(3, listener.Received.Count); // not due yet: nothing sent

        var longAgo = DateTimeOffset.UtcNow.AddDays(-4);
        await app.WithDbAsync(db => db.WebhookMessages.Where(m => m.Id == waiting.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveringSince, longAgo).SetProperty(m => m.NextAttemptAt, longAgo)));
        await app.WithDbAsync(db => db.WebhookSubscriptions.Where(s => s.Id == webhook).ExecuteUpdateAsync(s => s.SetProperty(w => w.FailingSince, longAgo)));
        Assert.Equal(0, await DeliverAsync(app));

        var failed = await app.WithDbAsync(db => db.WebhookMessages.AsNoTracking().SingleAsync(m => m.Id == waiting.Id));
        Assert.Equal(WebhookMessageState.Failed, failed.State);
        var subscription = await app.WithDbAsync(db => db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == webhook));
        Assert.True(subscription.Paused);
        var page = await admin.GetPageAsync($"/Webhooks/{webhook}");
        Assert.Contains("Paused by CIMS", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);

        var again = await admin.PostWithTokenAsync($"/Webhooks/{webhook}/Deliveries/{waiting.Id}/Redeliver", FormClient.Token(page), []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(admin, webhook, "Resume")).StatusCode);
        Assert.Equal(1, await DeliverAsync(app));
        Assert.Single(listener.Received.Select(r => r.EventId).Distinct());
        Assert.Equal(WebhookMessageState.Delivered, (await app.WithDbAsync(db => db.WebhookMessages.AsNoTracking().SingleAsync(m => m.Id == waiting.Id))).State);
    }

    [Fact]
    public async Task Send_AddressNotAllowedWhenSending_RefusalInTheDeliveryLogAndNothingSent()
    {
        await using var listener = await WebhookListener.StartAsync();
        var webhook = await app.WithDbAsync(async db =>
        {
            await db.WebhookSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(w => w.Paused, true));
            var agencyOne = await db.Organisations.Where(o => o.Name == Cims.Web.Data.Seeding.DemoAccounts.AgencyOne).Select(o => o.Id).SingleAsync();
            var created = WebhookSubscription.Create(agencyOne, listener.Url, "", [WebhookEventTypes.Submitted], app.Services.GetRequiredService<WebhookSecrets>().Make().Protected, DateTimeOffset.UtcNow);
            db.WebhookSubscriptions.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        using var production = new WebhookSender(new WebhookAddressPolicy(allowsLocal: false), services.GetRequiredService<IOptions<WebhookOptions>>(), TimeProvider.System);
        var deliver = new DeliverWebhooks(services.GetRequiredService<CimsDbContext>(), services.GetRequiredService<WebhookClaims>(), production,
            services.GetRequiredService<WebhookSecrets>(), services.GetRequiredService<WebhookResults>(), TimeProvider.System, NullLogger<DeliverWebhooks>.Instance);
        await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);

        Assert.Equal(0, await deliver.RunAsync(CancellationToken.None));

        Assert.Empty(listener.Received);
        var message = await app.WithDbAsync(db => db.WebhookMessages.AsNoTracking().Include(m => m.AttemptLog).SingleAsync(m => m.SubscriptionId == webhook));
        Assert.Equal(WebhookMessageState.Pending, message.State);
        Assert.StartsWith("Refused: 127.0.0.1", Assert.Single(message.AttemptLog).Error, StringComparison.Ordinal);
        Assert.StartsWith("Refused", message.LastError, StringComparison.Ordinal);
        await app.WithDbAsync(db => db.WebhookSubscriptions.Where(s => s.Id == webhook).ExecuteUpdateAsync(s => s.SetProperty(w => w.Paused, true)));
    }

    [Fact]
    public async Task Events_IncidentOfAnotherOrganisation_NeverSentToThisOrganisation()
    {
        await QuietOthersAsync(app);
        await using var listener = await WebhookListener.StartAsync();
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (webhook, _) = await RegisterAsync(admin, listener.Url, [.. WebhookEventTypes.Offered.Select(o => o.Type)]);
        var other = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyTwo)).SignInAsync();

        var created = await other.PostIncidentAsync(ApiVendor.Report(await other.ReferenceAsync()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await IncidentBuilder.CreateAsync(app, reporterEmail: "reporter@agency-two.example", status: IncidentStatus.SubmittedToDepartment);

        Assert.Equal(0, await DeliverAsync(app));
        Assert.Empty(listener.Received);
        Assert.Equal(0, await app.WithDbAsync(db => db.WebhookMessages.CountAsync(m => m.SubscriptionId == webhook)));
    }

    [Fact]
    public async Task Ping_FromThePage_ArrivesSignedWithNoIncident()
    {
        await QuietOthersAsync(app);
        await using var listener = await WebhookListener.StartAsync();
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (webhook, secret) = await RegisterAsync(admin, listener.Url, WebhookEventTypes.Returned);

        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(admin, webhook, "Ping")).StatusCode);
        Assert.Equal(1, await DeliverAsync(app));

        var ping = Assert.Single(listener.Received);
        Assert.Equal(WebhookEventTypes.Ping, ping.Type);
        Assert.True(SignedWith(ping, secret));
        Assert.Null(JsonNode.Parse(ping.Body)!["incident"]);
    }

    [Fact]
    public async Task RollSecret_NewSecretShownOnce_BothSecretsSignDuringTheOverlap()
    {
        await QuietOthersAsync(app);
        await using var listener = await WebhookListener.StartAsync();
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (webhook, first) = await RegisterAsync(admin, listener.Url, WebhookEventTypes.Submitted);

        var rolled = await PressAsync(admin, webhook, "RollSecret");
        var second = (await admin.GetPageAsync(rolled.Headers.Location!.OriginalString)).QuerySelector("#webhook-secret")!.TextContent.Trim();
        Assert.Null((await admin.GetPageAsync($"/Webhooks/{webhook}")).QuerySelector("#webhook-secret"));
        Assert.NotEqual(first, second);
        await PressAsync(admin, webhook, "Ping");
        await DeliverAsync(app);

        var ping = Assert.Single(listener.Received);
        Assert.Equal(2, ping.Signature!.Split(',').Length);
        Assert.True(SignedWith(ping, first));
        Assert.True(SignedWith(ping, second));
    }
}

public sealed class SqliteWebhookDeliveryTests(SqliteApp app) : WebhookDeliveryTests<SqliteApp>(app);

public sealed class PostgresWebhookDeliveryTests(PostgresApp app) : WebhookDeliveryTests<PostgresApp>(app);
