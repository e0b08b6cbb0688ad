using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cims.Web.Tests.Api.Access;

/// <summary>What the onboarding tests do: request access as an organisation administrator, decide as the CIMS administrator, read the secret shown once.</summary>
public static class OnboardingSteps
{
    public const string OrgAdmin = "orgadmin@agency-one.example";
    public const string CimsAdmin = "admin@department.example";
    public const string AdminName = "Ada Administrator";

    /// <summary>Posts the "Request API access" form and returns the new request's id.</summary>
    public static async Task<int> RequestAccessAsync(FormClient orgAdmin, string system = "CareLink", params string[] scopes)
    {
        var response = await PostRequestAsync(orgAdmin, system, scopes.Length == 0 ? ApiScopes.All : scopes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> PostRequestAsync(FormClient orgAdmin, string system, IEnumerable<string> scopes, string email = "pat@acme.example")
    {
        var token = FormClient.Token(await orgAdmin.GetPageAsync("/ApiAccess/Request"));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("SystemName", system), new("Vendor", "Acme Software"), new("ContactName", "Pat Contact"), new("ContactEmail", email),
            new("ContactPhone", "0355501234"), new("Purpose", "Send endorsed reports from our case management system."),
        };
        fields.AddRange(scopes.Select(s => new KeyValuePair<string, string>("Scopes", s)));
        return await orgAdmin.PostWithTokenAsync("/ApiAccess/Request", token, fields);
    }

    /// <summary>Posts one of a page's forms (the form whose action is <paramref name="action"/>) with the page's token, the version it carries and a reason if given.</summary>
    public static async Task<HttpResponseMessage> PressAsync(FormClient user, string pageUrl, string action, string? reason = null)
    {
        var page = await user.GetPageAsync(pageUrl);
        var version = page.QuerySelector($"form[action='{action}'] input[name=Version]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} has no form posting to {action}.");
        return await user.PostWithTokenAsync(action, FormClient.Token(page), reason is null ? [new("Version", version)] : [new("Version", version), new("Reason", reason)]);
    }

    /// <summary>Approves the request and reads the client id and secret from the answer (the only place they are shown).</summary>
    public static async Task<(ApiClientCredentials Credentials, HttpResponseMessage Response, IHtmlDocument Page)> ApproveAsync(FormClient cimsAdmin, int id)
    {
        var response = await PressAsync(cimsAdmin, $"/ApiRequests/{id}", $"/ApiRequests/{id}/Approve");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        var clientId = page.QuerySelector("#client-id")?.TextContent.Trim() ?? throw new InvalidOperationException("The approval showed no client id.");
        return (new ApiClientCredentials(clientId, page.QuerySelector("#client-secret")!.TextContent.Trim()), response, page);
    }

    /// <summary>The secret from the answer to a "Make a new secret" button.</summary>
    public static async Task<string> RotateAsync(FormClient user, string clientPage)
    {
        var response = await PressAsync(user, clientPage, clientPage + "/Rotate");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "The secret's page may be stored.");
        return (await FormClient.ParseAsync(response)).QuerySelector("#client-secret")!.TextContent.Trim();
    }

    public static Task<int> ClientKeyAsync(CimsAppFactory app, string clientId) =>
        app.WithDbAsync(db => db.ApiClients.Where(c => c.ClientId == clientId).Select(c => c.Id).SingleAsync());

    public static Task<int> OrganisationIdAsync(CimsAppFactory app, string name = DemoAccounts.AgencyOne) =>
        app.WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());
}

/// <summary>
/// CIMS with a clock the rotation tests move on. It starts at the real time (to the whole second, as SQLite keeps it), so
/// the tokens it issues are current.
/// </summary>
public abstract class ApiClockApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteApiClockApp() : ApiClockApp(DatabaseProvider.Sqlite);

public sealed class PostgresApiClockApp() : ApiClockApp(DatabaseProvider.Postgres);
