namespace Cims.Load.Personas;

/// <summary>
/// A provider's case worker reporting an incident: starts a report, fills each step (one in four leaves it as a draft
/// at the dates step and comes back to it from the home page), and submits it for endorsement.
/// </summary>
public sealed class Reporter(LoadOptions options, int user) : Persona(options)
{
    public override string Name => "provider reporter";

    public override Task StartAsync(Browser browser, CancellationToken ct) => SignInAsync(browser, "reporter@agency-one.example", ct);

    public override async Task SitAsync(Browser browser, Acknowledged acknowledged, CancellationToken ct)
    {
        var page = await browser.GetAsync("GET /Incidents/Report/Start", "/Incidents/Report/Start", ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /Incidents/Report/Start", page, [new("DuringServiceDelivery", "true")], ct);
        page = await browser.SubmitAsync("POST /Incidents/Report/{id}/Service", page, ReportFields.Service(page.Document), ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /Incidents/Report/{id}/Officer", page, ReportFields.Officer, ct);
        await ThinkAsync(ct);
        if (Random.Shared.Next(4) == 0)
        {
            var dates = page.Url.PathAndQuery;
            await browser.SubmitAsync("POST /Incidents/Report/{id}/Dates (later)", page, ReportFields.Dates(DateTime.UtcNow.AddDays(-1), "later"), ct);
            await ThinkAsync(ct);
            page = await browser.GetAsync("GET /Incidents/Report/{id}/Dates", dates, ct);
        }

        page = await browser.SubmitAsync("POST /Incidents/Report/{id}/Dates", page, ReportFields.Dates(DateTime.UtcNow.AddDays(-1), "next"), ct);
        await ThinkAsync(ct);
        var tag = acknowledged.NewTag(user);
        page = await browser.SubmitAsync("POST /Incidents/Report/{id}/Description", page, ReportFields.Description(page.Document, tag), ct);
        var clients = page.Url.PathAndQuery;
        page = await browser.GetAsync("GET /Incidents/Report/{id}/Clients/Add", clients + "/Add", ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /Incidents/Report/{id}/Clients/Add", page, ReportFields.Client, ct);
        page = await browser.SubmitAsync("POST /Incidents/Report/{id}/Clients", page, [new("Nav", "next")], ct);
        page = await browser.SubmitAsync("POST /Incidents/Report/{id}/Others", page, [new("Nav", "next")], ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /Incidents/Report/{id}/Actions", page, [new("Taken", "SAFETY"), new("Nav", "next")], ct);
        page = await browser.GetAsync("GET /Incidents/Report/{id}/Declaration", page.Url.AbsolutePath.Replace("/Attachments", "/Declaration", StringComparison.Ordinal), ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /Incidents/Report/{id}/Declaration", page, [new("Declared", "true"), new("Nav", "next")], ct);
        if (page.Document.QuerySelector("h1")?.TextContent.Trim() != "Report submitted for endorsement")
            throw new LoadFailure("no confirmation", $"{page.Url} is not the submitted page");
        acknowledged.Add("incident report", tag);
    }
}
