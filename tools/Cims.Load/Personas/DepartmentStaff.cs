namespace Cims.Load.Personas;

/// <summary>Department staff working their lists: incidents to screen, privacy reports (one of each opened), likely duplicates.</summary>
public sealed class DepartmentStaff(LoadOptions options) : Persona(options)
{
    public override string Name => "department staff";

    public override Task StartAsync(Browser browser, CancellationToken ct) => SignInAsync(browser, "staff@department.example", ct);

    public override async Task SitAsync(Browser browser, Acknowledged acknowledged, CancellationToken ct)
    {
        await Lists.OpenFirstAsync(this, browser, "/Department/Incidents", "/Incidents/", ct);
        await Lists.OpenFirstAsync(this, browser, "/Department/Privacy", "/Department/Privacy/", ct);
        await browser.GetAsync("GET /Analysis/Duplicates", "/Analysis/Duplicates", ct);
        await ThinkAsync(ct);
    }
}
