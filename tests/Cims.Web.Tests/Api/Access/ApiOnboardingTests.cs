using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Cims.Domain.ApiAccess;
using Cims.Domain.Incidents;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using static Cims.Web.Tests.Api.Access.OnboardingSteps;

namespace Cims.Web.Tests.Api.Access;

/// <summary>
/// Onboarding in the browser (issue 14): an organisation administrator requests API access, the CIMS administrator
/// approves (the client is made in the same transaction and its secret shown once) or declines with a reason; each
/// organisation sees only its own requests and clients.
/// </summary>
public abstract class ApiOnboardingTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task RequestThenApprove_SecretShownOnceNeverStoredAndItGetsATokenThatWorks()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var cimsAdmin = await FormClient.SignedInAsync(app, CimsAdmin);
        var id = await RequestAccessAsync(orgAdmin, "CareLink", ApiScopes.ReferenceRead, ApiScopes.IncidentsRead);
        Assert.Contains("Waiting for the department", (await orgAdmin.GetPageAsync($"/ApiAccess/Requests/{id}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await cimsAdmin.GetPageAsync("/ApiRequests")).QuerySelector($"a[href='/ApiRequests/{id}']"));

        var (credentials, response, _) = await ApproveAsync(cimsAdmin, id);

        Assert.True(response.Headers.CacheControl?.NoStore, "The secret's page may be stored.");
        Assert.StartsWith("cims-", credentials.ClientId, StringComparison.Ordinal);
        Assert.True(credentials.ClientSecret.Length >= 40, "The secret is too short.");
        var request = await app.WithDbAsync(db => db.ApiAccessRequests.Include(r => r.History).AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(ApiAccessStatus.Approved, request.Status);
        Assert.Equal(credentials.ClientId, request.ClientId);
        Assert.Equal((ApiAccessStatus.Requested, ApiAccessStatus.Approved), (request.History.Single().From, request.History.Single().To));
        var client = await app.WithDbAsync(db => db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == credentials.ClientId));
        Assert.Equal(("CareLink", await OrganisationIdAsync(app)), (client.Name, client.OrganisationId));
        var stored = await app.WithDbAsync(db => db.Set<OpenIddictEntityFrameworkCoreApplication>().Where(a => a.ClientId == credentials.ClientId).Select(a => a.ClientSecret).SingleAsync());
        Assert.NotEqual(credentials.ClientSecret, stored);
        Assert.DoesNotContain(credentials.ClientSecret, stored!, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Details != null && a.Details.Contains(credentials.ClientSecret))));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "api_access.approved" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == ApiClientRegistry.Registered && a.EntityId == credentials.ClientId)));

        // Never shown again: not on the request's page, the client's page or the lists; approving again is refused.
        foreach (var url in new[] { $"/ApiRequests/{id}", $"/ApiRequests/Clients/{client.Id}", "/ApiRequests/Clients" })
            Assert.DoesNotContain(credentials.ClientSecret, (await cimsAdmin.Http.GetStringAsync(url)), StringComparison.Ordinal);
        foreach (var url in new[] { "/ApiAccess", $"/ApiAccess/Requests/{id}", $"/ApiAccess/Clients/{client.Id}" })
            Assert.DoesNotContain(credentials.ClientSecret, (await orgAdmin.Http.GetStringAsync(url)), StringComparison.Ordinal);
        var again = await cimsAdmin.PostWithTokenAsync($"/ApiRequests/{id}/Approve", FormClient.Token(await cimsAdmin.GetPageAsync($"/ApiRequests/{id}")),
            [new("Version", request.Version.ToString())]);
        var againText = await again.Content.ReadAsStringAsync();
        Assert.Contains("no longer waiting for a decision", againText, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret", againText, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.ApiClients.CountAsync(c => c.Name == "CareLink" && c.OrganisationId == client.OrganisationId)));

        // The organisation sees its client, and the client works with the scopes it asked for.
        var list = await orgAdmin.GetPageAsync("/ApiAccess");
        Assert.Contains(credentials.ClientId, list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var vendor = await new ApiVendor(app.CreateClient(), credentials).SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await vendor.Http.GetAsync("/api/v1/reference")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await vendor.PostIncidentAsync(new JsonObject())).StatusCode);
    }

    [Fact]
    public async Task Decline_NoReasonThenAReason_MessageBesideTheFieldThenDeclinedWithTheReasonTheOrganisationSees()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var cimsAdmin = await FormClient.SignedInAsync(app, CimsAdmin);
        var id = await RequestAccessAsync(orgAdmin, "Declined system");

        var empty = await PressAsync(cimsAdmin, $"/ApiRequests/{id}", $"/ApiRequests/{id}/Decline", "  ");
        var emptyPage = await FormClient.ParseAsync(empty);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter the reason for declining", emptyPage.QuerySelector("#Reason-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter the reason for declining", emptyPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ApiAccessStatus.Requested, await app.WithDbAsync(db => db.ApiAccessRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        var declined = await PressAsync(cimsAdmin, $"/ApiRequests/{id}", $"/ApiRequests/{id}/Decline", "The vendor has not passed the security review.");

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var request = await app.WithDbAsync(db => db.ApiAccessRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal((ApiAccessStatus.Declined, "The vendor has not passed the security review."), (request.Status, request.Reason));
        Assert.Null(request.ClientId);
        Assert.False(await app.WithDbAsync(db => db.ApiClients.AnyAsync(c => c.Name == "Declined system")));
        var seen = (await orgAdmin.GetPageAsync($"/ApiAccess/Requests/{id}")).QuerySelector("main")!.TextContent;
        Assert.Contains("Declined", seen, StringComparison.Ordinal);
        Assert.Contains("The vendor has not passed the security review.", seen, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "api_access.declined" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Withdraw_WhileWaiting_WithdrawnAndNoLongerDecidable()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var cimsAdmin = await FormClient.SignedInAsync(app, CimsAdmin);
        var id = await RequestAccessAsync(orgAdmin, "Withdrawn system");
        var review = await cimsAdmin.GetPageAsync($"/ApiRequests/{id}");

        var withdrawn = await PressAsync(orgAdmin, $"/ApiAccess/Requests/{id}", $"/ApiAccess/Requests/{id}/Withdraw");
        var approve = await cimsAdmin.PostWithTokenAsync($"/ApiRequests/{id}/Approve", FormClient.Token(review),
            [new("Version", review.QuerySelector($"form[action='/ApiRequests/{id}/Approve'] input[name=Version]")!.GetAttribute("value")!)]);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(ApiAccessStatus.Withdrawn, await app.WithDbAsync(db => db.ApiAccessRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        Assert.Contains("Someone else acted on this request", await approve.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ApiClients.AnyAsync(c => c.Name == "Withdrawn system")));
        Assert.Null((await orgAdmin.GetPageAsync($"/ApiAccess/Requests/{id}")).QuerySelector($"form[action='/ApiAccess/Requests/{id}/Withdraw']"));
    }

    [Fact]
    public async Task RequestForm_NothingFilledIn_EachMessageBesideItsFieldAndNothingSaved()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var before = await app.WithDbAsync(db => db.ApiAccessRequests.CountAsync());
        var token = FormClient.Token(await orgAdmin.GetPageAsync("/ApiAccess/Request"));

        var response = await orgAdmin.PostWithTokenAsync("/ApiAccess/Request", token, [new("ContactEmail", "not-an-address"), new("ContactPhone", "03 5550")]);

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var (field, message) in new[]
        {
            ("SystemName", "Enter the name of the system"), ("Vendor", "Enter who makes or supplies the system"), ("ContactName", "Enter the name of the person"),
            ("ContactEmail", "Enter an e-mail address in the right format"), ("ContactPhone", "Enter the phone number using digits"),
            ("Scopes", "Choose at least one kind of access."), ("Purpose", "Describe what the system will use the API for."),
        })
            Assert.Contains(message, page.QuerySelector($"#{field}-error")?.TextContent ?? $"(no error beside {field})", StringComparison.Ordinal);
        Assert.Equal("not-an-address", page.QuerySelector("#ContactEmail")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => db.ApiAccessRequests.CountAsync()));
    }

    [Fact]
    public async Task AnotherOrganisationsRequestAndClient_404OnEveryGetAndPost()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var agencyTwo = await OrganisationIdAsync(app, DemoAccounts.AgencyTwo);
        var theirs = await app.WithDbAsync(async db =>
        {
            var request = ApiAccessRequest.Submit(agencyTwo, new ApiAccessDetails("Their system", "Vendor", "Kim", "kim@two.example", null, [ApiScopes.ReferenceRead], "Theirs."),
                new Actor("someone", "Someone"), DateTimeOffset.UtcNow).Value!;
            db.ApiAccessRequests.Add(request);
            await db.SaveChangesAsync();
            return request;
        });
        var vendor = await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyTwo, ApiScopes.ReferenceRead);
        var client = await app.WithDbAsync(db => db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == vendor.Credentials.ClientId));
        var token = FormClient.Token(await orgAdmin.GetPageAsync("/ApiAccess/Request"));

        foreach (var url in new[] { $"/ApiAccess/Requests/{theirs.Id}", $"/ApiAccess/Clients/{client.Id}" })
            Assert.Equal(HttpStatusCode.NotFound, (await orgAdmin.Http.GetAsync(url)).StatusCode);
        foreach (var (url, version) in new[] { ($"/ApiAccess/Requests/{theirs.Id}/Withdraw", theirs.Version), ($"/ApiAccess/Clients/{client.Id}/Rotate", client.Version) })
        {
            var posted = await orgAdmin.PostWithTokenAsync(url, token, [new("Version", version.ToString())]);
            Assert.True(posted.StatusCode == HttpStatusCode.NotFound, $"POST {url}: {posted.StatusCode}");
        }

        Assert.Equal(ApiAccessStatus.Requested, await app.WithDbAsync(db => db.ApiAccessRequests.Where(r => r.Id == theirs.Id).Select(r => r.Status).SingleAsync()));
        Assert.Null(await app.WithDbAsync(db => db.ApiClients.Where(c => c.Id == client.Id).Select(c => c.LastRotatedAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await vendor.RequestTokenAsync()).StatusCode);
        var own = (await orgAdmin.GetPageAsync("/ApiAccess")).QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Their system", own, StringComparison.Ordinal);
        Assert.DoesNotContain(vendor.Credentials.ClientId, own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiRequests_OrganisationAdministrator_ForbiddenOnGetAndPost()
    {
        var orgAdmin = await FormClient.SignedInAsync(app, OrgAdmin);
        var id = await RequestAccessAsync(orgAdmin, "Self-approved system");
        var token = FormClient.Token(await orgAdmin.GetPageAsync("/ApiAccess/Request"));
        var version = await app.WithDbAsync(db => db.ApiAccessRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var demo = await ClientKeyAsync(app, DemoAccounts.ApiClientId);

        foreach (var url in new[] { "/ApiRequests", $"/ApiRequests/{id}", "/ApiRequests/Clients", $"/ApiRequests/Clients/{demo}", $"/ApiRequests/Clients/{demo}/Revoke", "/Administration" })
            AssertDenied(await orgAdmin.Http.GetAsync(url), url);
        foreach (var url in new[] { $"/ApiRequests/{id}/Approve", $"/ApiRequests/{id}/Decline", $"/ApiRequests/Clients/{demo}/Revoke", $"/ApiRequests/Clients/{demo}/Rotate" })
            AssertDenied(await orgAdmin.PostWithTokenAsync(url, token, [new("Version", version.ToString()), new("Reason", "Mine.")]), url);

        Assert.Equal(ApiAccessStatus.Requested, await app.WithDbAsync(db => db.ApiAccessRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        Assert.Null(await app.WithDbAsync(db => db.ApiClients.Where(c => c.Id == demo).Select(c => c.RevokedAt).SingleAsync()));
    }

    [Theory]
    [InlineData("reporter@agency-one.example")]
    [InlineData("admin@department.example")]
    public async Task ApiAccess_NotAnOrganisationAdministrator_Forbidden(string email)
    {
        var user = await FormClient.SignedInAsync(app, email);

        AssertDenied(await user.Http.GetAsync("/ApiAccess"), "/ApiAccess");
    }

    [Fact]
    public async Task Administration_CimsAdministrator_LinksToEveryAreaAndCountsTheRequestsWaiting()
    {
        var cimsAdmin = await FormClient.SignedInAsync(app, CimsAdmin);

        var page = await cimsAdmin.GetPageAsync("/Administration");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/Organisations", "/OnboardingRequests", "/Users", "/ApiRequests", "/ApiSandbox", "/ReferenceData", "/Holidays", "/Audit"], links);
        Assert.Matches("(No request is|1 request is|[0-9]+ requests are) waiting", page.QuerySelector("main")!.TextContent);
        var menu = page.QuerySelectorAll("nav[aria-label=Main] a.nav-link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Administration", menu);
        Assert.DoesNotContain("Holidays", menu);
    }

    private static void AssertDenied(HttpResponseMessage response, string url)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {response.StatusCode}");
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class SqliteApiOnboardingTests(SqliteApp app) : ApiOnboardingTests<SqliteApp>(app);

public sealed class PostgresApiOnboardingTests(PostgresApp app) : ApiOnboardingTests<PostgresApp>(app);
