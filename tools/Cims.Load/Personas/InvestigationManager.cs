namespace Cims.Load.Personas;

/// <summary>A provider's investigation and review manager working their queues: the investigations and reviews registers, one of each opened.</summary>
public sealed class InvestigationManager(LoadOptions options) : Persona(options)
{
    public override string Name => "investigation and review manager";

    public override Task StartAsync(Browser browser, CancellationToken ct) => SignInAsync(browser, "investigator@agency-one.example", ct);

    public override async Task SitAsync(Browser browser, Acknowledged acknowledged, CancellationToken ct)
    {
        await Lists.OpenFirstAsync(this, browser, "/Investigations", "/Investigations/", ct);
        await Lists.OpenFirstAsync(this, browser, "/Reviews", "/Reviews/", ct);
    }
}
