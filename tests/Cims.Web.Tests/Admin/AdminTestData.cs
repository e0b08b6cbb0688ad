using System.Net;
using AngleSharp.Html.Dom;
using Cims.Domain.Auditing;
using Cims.Web.Data.Seeding;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Admin;

/// <summary>Ids and helpers shared by the admin tests. Everything a test creates has a unique name.</summary>
internal static class AdminTestData
{
    public const string CimsAdmin = "admin@department.example";
    public const string OrgAdmin = "orgadmin@agency-one.example";

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static Task<int> OrganisationIdAsync(CimsAppFactory app, string name) =>
        app.WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<int> AgencyOneAsync(CimsAppFactory app) => OrganisationIdAsync(app, DemoAccounts.AgencyOne);

    public static Task<int> AgencyTwoAsync(CimsAppFactory app) => OrganisationIdAsync(app, DemoAccounts.AgencyTwo);

    public static Task<string> UserIdAsync(CimsAppFactory app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<List<AuditEntry>> AuditAsync(CimsAppFactory app, string entityId) =>
        app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == entityId).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Creates a funded agency through the form and returns its id.</summary>
    public static async Task<int> CreateOrganisationAsync(CimsAppFactory app, FormClient admin, string name)
    {
        var response = await admin.PostFormAsync("/Organisations/Create", "/Organisations/Create",
            new() { ["Name"] = name, ["Kind"] = "FundedAgency" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await OrganisationIdAsync(app, name);
    }

    /// <summary>Invites a user through the form as <paramref name="client"/> and returns the new user's id.</summary>
    public static async Task<string> CreateUserAsync(CimsAppFactory app, FormClient client, string email, int organisationId, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Email", email), new("DisplayName", "Test " + email), new("OrganisationId", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        var page = await client.GetPageAsync("/Users/Create");
        var response = await client.PostWithTokenAsync("/Users/Create", FormClient.Token(page), fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await UserIdAsync(app, email);
    }

    /// <summary>The bodies of the e-mails in the pickup folder addressed to <paramref name="email"/>, quoted-printable decoded.</summary>
    public static List<string> MailsTo(CimsAppFactory app, string email) =>
        [.. Directory.GetFiles(app.MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains($"To: {email}")).Select(DecodeQuotedPrintable)];

    private static string DecodeQuotedPrintable(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace("=\r\n", "").Replace("=\n", ""), "=([0-9A-F]{2})",
            m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    public static string? Value(IHtmlDocument page, string id) => page.QuerySelector($"#{id}")?.GetAttribute("value");

    public static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    public static void AssertAccessDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }
}
