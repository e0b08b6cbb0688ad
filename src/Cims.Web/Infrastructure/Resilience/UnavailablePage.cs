using System.Text.Encodings.Web;

namespace Cims.Web.Infrastructure.Resilience;

/// <summary>
/// The page a browser gets while the database is away. Written without Razor's layout, whose menu reads the database;
/// the same style sheets, no script or inline style (the strict CSP holds), one heading, a main landmark.
/// </summary>
public static class UnavailablePage
{
    public const string Heading = "CIMS is temporarily unavailable";

    public const string NotSaved = "If you had just pressed Save or Submit, that was not saved.";

    public const string StorageFull = "CIMS cannot store anything just now: the storage its database is on is full.";

    /// <param name="pathBase">The app's path base, for the style sheets and the home link.</param>
    /// <param name="again">The address to load again (GET requests only), or null.</param>
    /// <param name="traceId">The request's correlation id, for the help desk.</param>
    /// <param name="storageFull">Whether the database refused the write for want of space, rather than could not be reached.</param>
    public static string Html(PathString pathBase, string? again, string traceId, bool storageFull = false)
    {
        var cause = storageFull
            ? $"{StorageFull} Reading still works; tell your CIMS administrator."
            : "CIMS cannot reach its database just now. This usually lasts a minute or two.";
        var html = HtmlEncoder.Default;
        var root = html.Encode(pathBase.Value ?? "");
        var tryAgain = again is null ? "" : $"""<p><a class="btn btn-primary" href="{html.Encode(again)}">Try again</a></p>""";
        return $"""
            <!DOCTYPE html>
            <html lang="en-AU">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>Temporarily unavailable – CIMS</title>
                <link rel="stylesheet" href="{root}/lib/bootstrap/bootstrap.min.css" />
                <link rel="stylesheet" href="{root}/css/site.css" />
            </head>
            <body>
                <header>
                    <nav class="navbar navbar-dark bg-cims" aria-label="Main">
                        <div class="container"><a class="navbar-brand" href="{root}/">CIMS</a></div>
                    </nav>
                </header>
                <main id="main" class="container py-4">
                    <h1>{Heading}</h1>
                    <p>{cause} Everything saved before this is safe.</p>
                    <p><strong>{NotSaved}</strong> Use your browser's Back button: what you typed is usually still in the form.
                    Copy anything long somewhere safe, wait a minute, then submit it again.</p>
                    {tryAgain}
                    <p>If CIMS is still unavailable after 15 minutes, tell your CIMS administrator and quote this reference: <code>{html.Encode(traceId)}</code>.</p>
                </main>
            </body>
            </html>
            """;
    }
}
