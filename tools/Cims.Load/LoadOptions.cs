using System.Globalization;

namespace Cims.Load;

/// <summary>What a run plays: where, how many users, for how long, and how they pause between pages.</summary>
public sealed record LoadOptions(
    Uri BaseUrl,
    int Users,
    TimeSpan Duration,
    TimeSpan ThinkTime,
    TimeSpan RampUp,
    string Password,
    string ApiClientId,
    string ApiClientSecret,
    string? CheckDatabase,
    int? Sittings = null)
{
    public const string Usage = """
        Cims.Load --url http://127.0.0.1:8080 [--users 200] [--seconds 600] [--think-ms 3000] [--ramp-seconds 30]
                  [--password DEMO_PASSWORD] [--api-client agency-one-demo] [--api-secret SECRET]
                  [--check "Host=…;Database=…" | --check "Data Source=…/cims.db"] [--sittings N]
        Plays users against CIMS (demo accounts): the public walking the privacy form, provider systems posting reports to
        the API, analysts reading dashboards and exporting, department staff working their lists. Prints p50/p95/p99 per
        page kind and errors by kind; with --check, reads the database afterwards and finds every acknowledged write once.
        --sittings N: each user goes through their work N times and leaves (the run ends sooner if the time is up).
        Exit code 0 when nothing failed and nothing acknowledged is missing or doubled, 1 otherwise, 2 for bad arguments.
        """;

    public static LoadOptions? Parse(string[] args, TextWriter error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                error.WriteLine($"Unexpected argument {args[i]}.\n{Usage}");
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (!values.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var baseUrl))
        {
            error.WriteLine($"--url must be the site's address, like http://127.0.0.1:8080.\n{Usage}");
            return null;
        }

        int Number(string name, int fallback) =>
            values.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;
        var password = values.GetValueOrDefault("password", "Cims-Demo-2026!");
        return new LoadOptions(
            baseUrl,
            Math.Max(1, Number("users", 200)),
            TimeSpan.FromSeconds(Math.Max(1, Number("seconds", 600))),
            TimeSpan.FromMilliseconds(Number("think-ms", 3000)),
            TimeSpan.FromSeconds(Number("ramp-seconds", 30)),
            password,
            values.GetValueOrDefault("api-client", "agency-one-demo"),
            values.GetValueOrDefault("api-secret", password),
            values.GetValueOrDefault("check"),
            values.ContainsKey("sittings") ? Math.Max(1, Number("sittings", 1)) : null);
    }
}
