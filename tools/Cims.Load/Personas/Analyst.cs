namespace Cims.Load.Personas;

/// <summary>A department analyst reading the dashboards and downloading a table.</summary>
public sealed class Analyst(LoadOptions options) : Persona(options)
{
    private static readonly string[] Pages = ["/Analysis", "/Analysis/Incidents", "/Analysis/Repeats", "/Lessons"];

    public override string Name => "department analyst";

    public override Task StartAsync(Browser browser, CancellationToken ct) => SignInAsync(browser, "analyst@department.example", ct);

    public override async Task SitAsync(Browser browser, Acknowledged acknowledged, CancellationToken ct)
    {
        foreach (var path in Pages)
        {
            await browser.GetAsync($"GET {path}", path, ct);
            await ThinkAsync(ct);
        }

        await browser.DownloadAsync("GET /Analysis/Incidents.csv", "/Analysis/Incidents.csv", ct);
        await ThinkAsync(ct);
    }
}
