using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Api.Access.OnboardingSteps;

namespace Cims.Web.Tests.Api.Access;

/// <summary>
/// A client's secret after onboarding (ADR 0037): rotation keeps the previous secret working for Api:SecretOverlapHours
/// (24) and then only the new one; revocation refuses new tokens and the tokens already issued, from their next call,
/// on every node.
/// </summary>
public abstract class ApiSecretLifecycleTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ApiClockApp
{
    [Fact]
    public async Task Rotate_ByTheCimsAdministrator_BothSecretsWorkDuringTheOverlapThenOnlyTheNewOne()
    {
        var vendor = await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.ReferenceRead);
        var key = await ClientKeyAsync(app, vendor.Credentials.ClientId);
        var cimsAdmin = await FormClient.SignedInAsync(app, CimsAdmin);

        var secret = await RotateAsync(cimsAdmin, $"/ApiRequests/Clients/{key}");

        Assert.NotEqual(vendor.Credentials.ClientSecret, secret);
        Assert.Equal(HttpStatusCode.OK, (await vendor.RequestTokenAsync(secret: secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await vendor.RequestTokenAsync()).StatusCode); // the previous one, during the overlap
        var client = await app.WithDbAsync(db => db.ApiClients.AsNoTracking().SingleAsync(c => c.Id == key));
        Assert.Equal(app.Clock.GetUtcNow(), client.LastRotatedAt);
        Assert.Equal(app.Clock.GetUtcNow().AddHours(24), client.PreviousSecretExpiresAt);
        Assert.DoesNotContain(secret, client.PreviousSecretHash!, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == ApiClientRegistry.SecretRotated && a.EntityId == vendor.Credentials.ClientId)));
        Assert.Contains("Still accepted until", await cimsAdmin.Http.GetStringAsync($"/ApiRequests/Clients/{key}"), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(HttpStatusCode.OK, (await vendor.RequestTokenAsync()).StatusCode);
        app.Clock.Advance(TimeSpan.FromHours(1));

        var old = await vendor.RequestTokenAsync();
        Assert.Equal("invalid_client", (await old.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await vendor.RequestTokenAsync(secret: secret)).StatusCode);
    }

    [Fact]
    public async Task Rotate_Twice_TheFirstSecretStopsAtOnceTheSecondOverlapsTheThird()
    {
        var vendor = await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.ReferenceRead);
        var key = await ClientKeyAsync(app, vendor.Credentials.ClientId);
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);

        var second = await RotateAsync(orgAdmin, $"/ApiAccess/Clients/{key}");
        var third = await RotateAsync(orgAdmin, $"/ApiAccess/Clients/{key}");

        Assert.False((await vendor.RequestTokenAsync()).IsSuccessStatusCode);
        Assert.True((await vendor.RequestTokenAsync(secret: second)).IsSuccessStatusCode);
        Assert.True((await vendor.RequestTokenAsync(secret: third)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Rotate_StaleVersion_RefusedAndTheSecretUnchanged()
    {
        var vendor = await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.ReferenceRead);
        var key = await ClientKeyAsync(app, vendor.Credentials.ClientId);
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var page = await orgAdmin.GetPageAsync($"/ApiAccess/Clients/{key}");
        var version = page.QuerySelector($"form[action='/ApiAccess/Clients/{key}/Rotate'] input[name=Version]")!.GetAttribute("value")!;
        var first = await orgAdmin.PostWithTokenAsync($"/ApiAccess/Clients/{key}/Rotate", FormClient.Token(page), [new("Version", version)]);
        var secret = (await FormClient.ParseAsync(first)).QuerySelector("#client-secret")!.TextContent.Trim();

        var again = await orgAdmin.PostWithTokenAsync($"/ApiAccess/Clients/{key}/Rotate", FormClient.Token(page), [new("Version", version)]); // a reload posts again

        var text = await again.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this API client", text, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret", text, StringComparison.Ordinal);
        Assert.True((await vendor.RequestTokenAsync(secret: secret)).IsSuccessStatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == ApiClientRegistry.SecretRotated && a.EntityId == vendor.Credentials.ClientId)));
    }

    [Fact]
    public async Task Revoke_TokenIssuedBefore_401OnTheNextCallOnEveryNodeAndNoNewToken()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.ReferenceRead)).SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await vendor.Http.GetAsync("/api/v1/reference")).StatusCode);
        var key = await ClientKeyAsync(app, vendor.Credentials.ClientId);
        var cimsAdmin = await FormClient.SignedInAsync(app, CimsAdmin);

        var noReason = await PressAsync(cimsAdmin, $"/ApiRequests/Clients/{key}/Revoke", $"/ApiRequests/Clients/{key}/Revoke", "");
        Assert.Contains("Enter why the client is revoked.", (await FormClient.ParseAsync(noReason)).QuerySelector("#Reason-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await vendor.Http.GetAsync("/api/v1/reference")).StatusCode);

        var revoked = await PressAsync(cimsAdmin, $"/ApiRequests/Clients/{key}/Revoke", $"/ApiRequests/Clients/{key}/Revoke", "The secret was posted in a public forum.");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var call = await vendor.Http.GetAsync("/api/v1/reference");
        Assert.Equal(HttpStatusCode.Unauthorized, call.StatusCode);
        Assert.Contains("invalid_token", call.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        using (var nodeB = new SecondNode(app))
        {
            using var http = nodeB.CreateClient();
            http.DefaultRequestHeaders.Authorization = vendor.Http.DefaultRequestHeaders.Authorization;
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/reference")).StatusCode);
        }

        var token = await vendor.RequestTokenAsync();
        Assert.Equal("invalid_client", (await token.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>());
        var client = await app.WithDbAsync(db => db.ApiClients.AsNoTracking().SingleAsync(c => c.Id == key));
        Assert.Equal(("The secret was posted in a public forum.", AdminName), (client.RevokedReason, client.RevokedByName));
        Assert.NotNull(client.RevokedAt);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == ApiClientRegistry.Revoked && a.EntityId == vendor.Credentials.ClientId)));
        var page = await cimsAdmin.GetPageAsync($"/ApiRequests/Clients/{key}");
        Assert.Null(page.QuerySelector($"form[action='/ApiRequests/Clients/{key}/Rotate']"));
        Assert.Contains("Revoked", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_DuringARotationsOverlap_NeitherSecretGetsAToken()
    {
        var vendor = await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.ReferenceRead);
        var key = await ClientKeyAsync(app, vendor.Credentials.ClientId);
        var cimsAdmin = await FormClient.SignedInAsync(app, CimsAdmin);
        var secret = await RotateAsync(cimsAdmin, $"/ApiRequests/Clients/{key}");

        await PressAsync(cimsAdmin, $"/ApiRequests/Clients/{key}/Revoke", $"/ApiRequests/Clients/{key}/Revoke", "No longer used.");

        Assert.False((await vendor.RequestTokenAsync()).IsSuccessStatusCode);
        Assert.False((await vendor.RequestTokenAsync(secret: secret)).IsSuccessStatusCode);
    }
}

public sealed class SqliteApiSecretLifecycleTests(SqliteApiClockApp app) : ApiSecretLifecycleTests<SqliteApiClockApp>(app);

public sealed class PostgresApiSecretLifecycleTests(PostgresApiClockApp app) : ApiSecretLifecycleTests<PostgresApiClockApp>(app);
