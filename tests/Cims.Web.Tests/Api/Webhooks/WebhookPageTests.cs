using System.Net;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Api.Webhooks;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cims.Web.Tests.Api.Webhooks.WebhookSteps;

namespace Cims.Web.Tests.Api.Webhooks;

/// <summary>The organisation administrator's webhook pages: the rules of an address, the secret kept encrypted, one organisation's webhooks only.</summary>
public abstract class WebhookPageTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string Receiver = "https://cms.agency-one.example/cims/events";

    [Fact]
    public async Task Create_PlainHttpToAnotherHost_RefusedWithTheMessageBesideTheFieldAndTheAddressKept()
    {
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var before = await app.WithDbAsync(db => db.WebhookSubscriptions.CountAsync());

        var response = await PostCreateAsync(admin, "http://cms.agency-one.example/cims/events", WebhookEventTypes.Submitted);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("must start with https://", page.QuerySelector("#Url-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("must start with https://", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("http://cms.agency-one.example/cims/events", page.QuerySelector("#Url")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#Events")!.HasAttribute("checked"));
        Assert.Equal(before, await app.WithDbAsync(db => db.WebhookSubscriptions.CountAsync()));
    }

    [Fact]
    public async Task Create_NoEventsAndNoAddress_BothMessagesInTheSummary()
    {
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);

        var page = await FormClient.ParseAsync(await PostCreateAsync(admin, ""));

        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Enter the address CIMS should send events to", summary, StringComparison.Ordinal);
        Assert.Contains("Choose at least one event to receive.", page.QuerySelector("#Events-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Https_SecretShownOnceAndStoredOnlyEncrypted()
    {
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);

        var (id, secret) = await RegisterAsync(admin, Receiver, WebhookEventTypes.Submitted, WebhookEventTypes.Returned);

        Assert.StartsWith(WebhookSecrets.Prefix, secret, StringComparison.Ordinal);
        Assert.Null((await admin.GetPageAsync($"/Webhooks/{id}")).QuerySelector("#webhook-secret"));
        var row = await app.WithDbAsync(db => db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.DoesNotContain(secret, row.ProtectedSecret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[WebhookSecrets.Prefix.Length..], row.ProtectedSecret, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecrets.Prefix, row.ProtectedSecret, StringComparison.Ordinal);
        Assert.Equal(secret, app.Services.GetRequiredService<WebhookSecrets>().Reveal(row.ProtectedSecret));
        Assert.Equal("incident.submitted incident.returned", row.Events);
        var list = await admin.GetPageAsync("/Webhooks");
        Assert.Contains(Receiver, list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "webhook.created" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Edit_SomeoneSavedFirst_ConcurrencyMessageAndNothingOverwritten()
    {
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (id, _) = await RegisterAsync(admin, Receiver, WebhookEventTypes.Submitted);
        var form = await admin.GetPageAsync($"/Webhooks/{id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(admin, id, "Pause")).StatusCode);

        var response = await admin.PostWithTokenAsync($"/Webhooks/{id}/Edit", FormClient.Token(form), [
            new("Url", Receiver + "/v2"), new("Events", WebhookEventTypes.Returned), new("Version", form.QuerySelector("input[name=Version]")!.GetAttribute("value")!)]);

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Someone else changed this webhook", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Receiver, await app.WithDbAsync(db => db.WebhookSubscriptions.Where(s => s.Id == id).Select(s => s.Url).SingleAsync()));
    }

    [Fact]
    public async Task AnotherOrganisationsWebhook_404OnEveryGetAndPost()
    {
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var theirs = await app.WithDbAsync(async db =>
        {
            var agencyTwo = await db.Organisations.Where(o => o.Name == DemoAccounts.AgencyTwo).Select(o => o.Id).SingleAsync();
            var webhook = WebhookSubscription.Create(agencyTwo, Receiver, "", [WebhookEventTypes.Submitted], "not-a-secret", DateTimeOffset.UtcNow);
            db.WebhookSubscriptions.Add(webhook);
            await db.SaveChangesAsync();
            return webhook;
        });
        var token = FormClient.Token(await admin.GetPageAsync("/Webhooks/Create"));

        foreach (var path in new[] { "", "/Edit", "/Delete" })
            Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/Webhooks/{theirs.Id}{path}")).StatusCode);
        foreach (var path in new[] { "/Edit", "/Pause", "/Resume", "/Ping", "/RollSecret", "/Delete", "/Deliveries/1/Redeliver" })
        {
            var posted = await admin.PostWithTokenAsync($"/Webhooks/{theirs.Id}{path}", token, [new("Version", theirs.Version.ToString()), new("Url", Receiver), new("Events", WebhookEventTypes.Submitted)]);
            Assert.True(posted.StatusCode == HttpStatusCode.NotFound, $"POST {path}: {posted.StatusCode}");
        }

        var unchanged = await app.WithDbAsync(db => db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == theirs.Id));
        Assert.Equal(theirs.Version, unchanged.Version);
        Assert.Equal(0, await app.WithDbAsync(db => db.WebhookMessages.CountAsync(m => m.SubscriptionId == theirs.Id)));
        Assert.Null((await admin.GetPageAsync("/Webhooks")).QuerySelector($"a[href='/Webhooks/{theirs.Id}']"));
    }

    [Theory]
    [InlineData("reporter@agency-one.example")]
    [InlineData("admin@department.example")]
    public async Task WebhookPages_NotAnOrganisationAdministrator_Forbidden(string email)
    {
        var user = await FormClient.SignedInAsync(app, email);

        var response = await user.Http.GetAsync("/Webhooks");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_Confirmed_GoneWithItsLog()
    {
        var admin = await FormClient.SignedInAsync(app, OrgAdmin);
        var (id, _) = await RegisterAsync(admin, Receiver, WebhookEventTypes.Submitted);
        await PressAsync(admin, id, "Ping");
        var confirm = await admin.GetPageAsync($"/Webhooks/{id}/Delete");

        var response = await admin.PostWithTokenAsync($"/Webhooks/{id}/Delete", FormClient.Token(confirm), [new("Version", confirm.QuerySelector("input[name=Version]")!.GetAttribute("value")!)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.WebhookSubscriptions.AnyAsync(s => s.Id == id)));
        Assert.False(await app.WithDbAsync(db => db.WebhookMessages.AnyAsync(m => m.SubscriptionId == id)));
    }
}

public sealed class SqliteWebhookPageTests(SqliteApp app) : WebhookPageTests<SqliteApp>(app);

public sealed class PostgresWebhookPageTests(PostgresApp app) : WebhookPageTests<PostgresApp>(app);
