using AngleSharp.Html.Dom;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Reading and posting the department's privacy pages in tests.</summary>
public static class DepartmentPrivacyPages
{
    public const string Queue = "/Department/Privacy";
    public const string Staff = "staff@department.example";
    public const string Analyst = "analyst@department.example";

    public static string Detail(int id) => $"/Department/Privacy/{id}";

    /// <summary>The report numbers in the queue's rows.</summary>
    public static List<string> Numbers(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#privacy-caption ~ tbody th[scope=row]").Select(th => th.TextContent.Trim())];

    /// <summary>The queue row (cells' text) of a report number.</summary>
    public static List<string> Row(IHtmlDocument page, string number) =>
        [.. page.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == number)
            .QuerySelectorAll("th, td").Select(c => c.TextContent.Trim())];

    public static Task<string> NumberAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).Select(r => r.ReportNumber!).SingleAsync());

    public static Task<string> UserIdAsync(CimsAppFactory app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<int> AuditCountAsync(CimsAppFactory app, int id, string action)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action && a.EntityType == "PrivacyReport" && a.EntityId == key));
    }

    /// <summary>Opens the report and posts the named action's form with the version it shows, plus <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostActionAsync(this FormClient client, int id, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(Detail(id));
        var version = page.QuerySelector($"form[action='{Detail(id)}/{action}'] input[name=Version]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The report has no {action} form.");
        return await client.PostWithTokenAsync($"{Detail(id)}/{action}", FormClient.Token(page), new Dictionary<string, string>(fields) { ["Version"] = version });
    }

    /// <summary>Posts an action form and follows the redirect back to the report.</summary>
    public static async Task<IHtmlDocument> ActAsync(this FormClient client, int id, string action, Dictionary<string, string> fields)
    {
        var response = await client.PostActionAsync(id, action, fields);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Detail(id), response.Headers.Location!.OriginalString);
        return await client.GetPageAsync(Detail(id));
    }

    public static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
