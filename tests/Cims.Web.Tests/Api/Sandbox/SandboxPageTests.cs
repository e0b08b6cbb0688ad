using System.Net;
using Cims.Web.Features.Api.Sandbox;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Api.Sandbox;

/// <summary>The CIMS administrator's sandbox page: credentials issued once and working; nobody else reaches it.</summary>
public abstract class SandboxPageTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string Admin = "admin@department.example";

    [Fact]
    public async Task Issue_VendorAndContact_SecretShownOnceUncachedAndItGetsATokenForTheSandbox()
    {
        var admin = await FormClient.SignedInAsync(app, Admin);

        var posted = await admin.PostFormAsync("/ApiSandbox", "/ApiSandbox", Fields("Acme Care Software", "dev@acme.example"));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var shown = await admin.Http.GetAsync("/ApiSandbox");
        Assert.True(shown.Headers.CacheControl!.NoStore);
        var page = await FormClient.ParseAsync(shown);
        var clientId = page.QuerySelector("#sandbox-client-id")!.TextContent;
        var secret = page.QuerySelector("#sandbox-secret")!.TextContent;
        Assert.Contains("Acme Care Software – dev@acme.example (sandbox)", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null((await admin.GetPageAsync("/ApiSandbox")).QuerySelector("#sandbox-secret"));
        var vendor = new ApiVendor(app.CreateClient(), new ApiClientCredentials(clientId, secret));
        Assert.Equal(HttpStatusCode.OK, (await vendor.RequestTokenAsync()).StatusCode);
        await vendor.SignInAsync();
        Assert.Equal(HttpStatusCode.OK, (await vendor.Http.GetAsync("/api/v1/sandbox/clients")).StatusCode);
        var client = await app.WithDbAsync(db => db.ApiClients.AsNoTracking().SingleAsync(c => c.ClientId == clientId));
        Assert.True(await app.WithDbAsync(db => db.Organisations.IgnoreQueryFilters().AnyAsync(o => o.Id == client.OrganisationId && o.Name == SandboxClients.OrganisationName)));
    }

    [Fact]
    public async Task Issue_NoVendorNoScope_MessagesBesideTheFieldsAndInTheSummaryAndTheContactKept()
    {
        var admin = await FormClient.SignedInAsync(app, Admin);
        var before = await app.WithDbAsync(db => db.ApiClients.CountAsync());

        var response = await admin.PostFormAsync("/ApiSandbox", "/ApiSandbox", new() { ["Vendor"] = " ", ["Contact"] = "dev@acme.example" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Enter the vendor's name.", page.QuerySelector("#Vendor-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Choose at least one scope.", page.QuerySelector("#Scopes-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter the vendor's name.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("dev@acme.example", page.QuerySelector("#Contact")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => db.ApiClients.CountAsync()));
    }

    [Theory]
    [InlineData("staff@department.example")]
    [InlineData("orgadmin@agency-one.example")]
    public async Task Page_NotTheCimsAdministrator_AccessDeniedOnGetAndPost(string email)
    {
        var user = await FormClient.SignedInAsync(app, email);
        var token = FormClient.Token(await user.GetPageAsync("/"));
        var before = await app.WithDbAsync(db => db.ApiClients.CountAsync());

        var get = await user.Http.GetAsync("/ApiSandbox");
        var post = await user.PostWithTokenAsync("/ApiSandbox", token, Fields("Sneaky Vendor", "x@example.org"));

        Assert.All([get, post], r => Assert.StartsWith("/Account/AccessDenied", r.Headers.Location!.PathAndQuery, StringComparison.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.ApiClients.CountAsync()));
    }

    private static Dictionary<string, string> Fields(string vendor, string contact) =>
        new() { ["Vendor"] = vendor, ["Contact"] = contact, ["Scopes"] = ApiScopes.ReferenceRead };
}

public sealed class SqliteSandboxPageTests(SqliteApp app) : SandboxPageTests<SqliteApp>(app);

public sealed class PostgresSandboxPageTests(PostgresApp app) : SandboxPageTests<PostgresApp>(app);
