using AngleSharp.Html.Dom;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Incidents.Department;

/// <summary>Reading the department list and incidents in tests.</summary>
public static class DepartmentPages
{
    public const string List = "/Department/Incidents";

    public static string Screen(int id) => $"/Department/Incidents/{id}/Screen";

    /// <summary>The incident numbers (or "Incident n") in the list's rows.</summary>
    public static List<string> Numbers(IHtmlDocument page) =>
        page.QuerySelector("#incidents-caption")?.ParentElement?.QuerySelectorAll("tbody th[scope=row]")
            .Select(th => th.TextContent.Trim()).ToList() ?? [];

    public static Task<string> NumberAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Number ?? $"Incident {i.Id}").SingleAsync());

    public static Task<int> AreaOfAsync(CimsAppFactory app, int id) =>
        app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Service!.AreaId).SingleAsync());
}
