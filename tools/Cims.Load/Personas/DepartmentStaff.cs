namespace Cims.Load.Personas;

/// <summary>Department staff working their lists: incidents to screen, privacy reports (one of each opened), likely duplicates.</summary>
public sealed class DepartmentStaff(LoadOptions options) : Persona(options)
{
    public override string Name => "department staff";

    public override Task StartAsync(Browser browser, CancellationToken ct) => SignInAsync(browser, "staff@department.example", ct);

    public override async Task SitAsync(Browser browser, Acknowledged acknowledged, CancellationToken ct)
    {
        await OpenFirstAsync(browser, "/Department/Incidents", "/Incidents/", ct);
        await OpenFirstAsync(browser, "/Department/Privacy", "/Department/Privacy/", ct);
        await browser.GetAsync("GET /Analysis/Duplicates", "/Analysis/Duplicates", ct);
        await ThinkAsync(ct);
    }

    /// <summary>Reads a list, then opens its first record (the first link in the table whose address starts so).</summary>
    private async Task OpenFirstAsync(Browser browser, string list, string recordPrefix, CancellationToken ct)
    {
        var page = await browser.GetAsync($"GET {list}", list, ct);
        await ThinkAsync(ct);
        var href = page.Document.QuerySelectorAll("main table a[href]")
            .Select(a => a.GetAttribute("href")!)
            .FirstOrDefault(h => h.StartsWith(recordPrefix, StringComparison.OrdinalIgnoreCase));
        if (href is null)
            return;
        await browser.GetAsync("GET " + Kinds.Path(new Uri(page.Url, href).AbsolutePath), href, ct);
        await ThinkAsync(ct);
    }
}
