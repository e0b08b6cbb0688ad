using System.Globalization;
using AngleSharp.Html.Dom;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>CIMS with a rate limit high enough for a whole test class behind one (test server) address.</summary>
public abstract class PrivacyApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Cims:PublicFormRateLimit", "100000"), new("Cims:PublicLookupRateLimit", "100000")];
}

public sealed class SqlitePrivacyApp() : PrivacyApp(DatabaseProvider.Sqlite);

public sealed class PostgresPrivacyApp() : PrivacyApp(DatabaseProvider.Postgres);

/// <summary>CIMS with a public-form limit of 3 requests a minute, and 3 look-ups a minute counted apart.</summary>
public sealed class RateLimitedApp() : CimsAppFactory(DatabaseProvider.Sqlite)
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Cims:PublicFormRateLimit", "3"), new("Cims:PublicLookupRateLimit", "3")];
}

/// <summary>The demo register's values for stage 1, and a browser that has pressed Proceed.</summary>
public sealed record ServiceChoice(string OrganisationId, string AreaId, string ProgramId, string ServiceTypeId)
{
    public static async Task<ServiceChoice> OfAsync(CimsAppFactory app, string organisation)
    {
        var ids = await app.WithDbAsync(db => Cims.Tests.Shared.ServiceIds.OfAsync(db, organisation));
        return new ServiceChoice(Key(ids.OrganisationId), Key(ids.AreaId), Key(ids.ProgramId), Key(ids.ServiceTypeId));
    }

    public static Task<ServiceChoice> AgencyOneAsync(CimsAppFactory app) => OfAsync(app, DemoAccounts.AgencyOne);

    public Cims.Tests.Shared.ServiceIds Ids() => new(Int(OrganisationId), Int(AreaId), Int(ProgramId), Int(ServiceTypeId));

    public Dictionary<string, string> Fields() => new()
    {
        ["OrganisationId"] = OrganisationId,
        ["Street"] = "12 High Street",
        ["Suburb"] = "Seymour",
        ["State"] = "VIC",
        ["Postcode"] = "3660",
        ["ManualAddress"] = "true",
        ["AreaId"] = AreaId,
        ["ProgramId"] = ProgramId,
        ["ServiceTypeId"] = ServiceTypeId,
        ["Nav"] = "next",
    };

    public static Dictionary<string, string> Officer() => new()
    {
        ["Surname"] = "Citizen",
        ["GivenName"] = "Jane",
        ["JobTitle"] = "Case worker",
        ["Telephone"] = "0355501234",
        ["Email"] = "jane@agency-one.example",
        ["LineManagerName"] = "Sam Manager",
        ["Nav"] = "next",
    };

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}

public static class PrivacyClient
{
    /// <summary>A new anonymous browser that has pressed Proceed on the landing page.</summary>
    public static async Task<FormClient> StartedAsync(CimsAppFactory app)
    {
        var client = FormClient.For(app);
        var response = await client.PostFormAsync("/PrivacyReport", "/PrivacyReport/Proceed", []);
        if (response.Headers.Location?.OriginalString != "/PrivacyReport/Service")
            throw new InvalidOperationException($"Proceed answered {(int)response.StatusCode} {response.Headers.Location}");
        return client;
    }

    /// <summary>GETs the stage, posts it with its version and token, and returns the response.</summary>
    public static async Task<HttpResponseMessage> PostStageAsync(this FormClient client, string stage, Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync($"/PrivacyReport/{stage}");
        var all = new Dictionary<string, string>(fields) { ["Version"] = Version(page) };
        return await client.PostWithTokenAsync($"/PrivacyReport/{stage}", FormClient.Token(page), all);
    }

    public static async Task CompleteServiceAndOfficerAsync(this FormClient client, ServiceChoice choice)
    {
        Assert.Equal("/PrivacyReport/Officer", (await client.PostStageAsync("Service", choice.Fields())).Headers.Location?.OriginalString);
        Assert.Equal("/PrivacyReport/Dates", (await client.PostStageAsync("Officer", ServiceChoice.Officer())).Headers.Location?.OriginalString);
    }

    public static string Version(IHtmlDocument page) => page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    public static string? Cookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith("cims-privacy-draft=", StringComparison.Ordinal)) : null;
}
