namespace Cims.Load.Personas;

/// <summary>Reading a list and opening one of its records, as people working a queue do.</summary>
internal static class Lists
{
    /// <summary>Reads a list, then opens its first record (the first link in the page's table whose address starts so).</summary>
    public static async Task OpenFirstAsync(Persona persona, Browser browser, string list, string recordPrefix, CancellationToken ct)
    {
        var page = await browser.GetAsync($"GET {list}", list, ct);
        await persona.ThinkAsync(ct);
        var href = page.Document.QuerySelectorAll("main table a[href]")
            .Select(a => a.GetAttribute("href")!)
            .FirstOrDefault(h => h.StartsWith(recordPrefix, StringComparison.OrdinalIgnoreCase) && char.IsDigit(h[recordPrefix.Length..].FirstOrDefault()));
        if (href is null)
            return;
        await browser.GetAsync("GET " + Kinds.Path(new Uri(page.Url, href).AbsolutePath), href, ct);
        await persona.ThinkAsync(ct);
    }
}
