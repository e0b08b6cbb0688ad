namespace Cims.Load.Personas;

/// <summary>
/// An authorised delegate working the endorsement queue: reads it, opens one of the reports waiting and endorses it.
/// Two delegates may open the same report; the second is told someone else acted (or, opening it after, finds nothing
/// to endorse), which the run counts as a conflict a person would see, not as a failure.
/// </summary>
public sealed class AuthorisedDelegate(LoadOptions options, Stats stats) : Persona(options)
{
    public override string Name => "authorised delegate";

    public override Task StartAsync(Browser browser, CancellationToken ct) => SignInAsync(browser, "delegate@agency-one.example", ct);

    public override async Task SitAsync(Browser browser, Acknowledged acknowledged, CancellationToken ct)
    {
        var queue = await browser.GetAsync("GET /Endorsement", "/Endorsement", ct);
        await ThinkAsync(ct);
        var waiting = queue.Document.QuerySelectorAll("main a[href^='/Endorsement/']")
            .Select(a => a.GetAttribute("href")!)
            .Where(h => h.Split('/').Length == 3 && char.IsDigit(h[^1]))
            .ToList();
        if (waiting.Count == 0)
            return;
        var report = await browser.GetAsync("GET /Endorsement/{id}", waiting[Random.Shared.Next(waiting.Count)], ct);
        await ThinkAsync(ct);
        try
        {
            await browser.SubmitAsync("POST /Endorsement/{id}/Endorse", report, [], ct, "/Endorse");
        }
        catch (LoadFailure failure) when (failure.Kind.StartsWith("rejected", StringComparison.Ordinal) || failure.Kind.StartsWith("no form", StringComparison.Ordinal)
            || failure.Kind.StartsWith("409", StringComparison.Ordinal) || failure.Kind.StartsWith("404", StringComparison.Ordinal))
        {
            stats.Conflict(failure.Message);
        }
    }
}
