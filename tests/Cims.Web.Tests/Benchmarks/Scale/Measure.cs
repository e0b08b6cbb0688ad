using System.Diagnostics;
using System.Net;
using Npgsql;

namespace Cims.Web.Tests.Benchmarks.Scale;

/// <summary>The scale benchmark's measures: p95 of a page and of its SQL alone, requests per second under load, a streamed download.</summary>
internal static class Measure
{
    /// <summary>How many timed requests each p95 takes (CIMS_BENCH_SCALE_RUNS, default 20), after one warm-up.</summary>
    public static int Runs => int.TryParse(Environment.GetEnvironmentVariable("CIMS_BENCH_SCALE_RUNS"), out var runs) && runs > 0 ? runs : 20;

    public static double P95(List<double> times)
    {
        times.Sort();
        return times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
    }

    public static async Task<double> P95OfGetsAsync(HttpClient client, string url)
    {
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
            times.Add(await TimedGetAsync(client, url));
        return P95(times);
    }

    public static async Task<double> TimedGetAsync(HttpClient client, string url)
    {
        var timer = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return timer.Elapsed.TotalMilliseconds;
    }

    /// <summary>p95 of running <paramref name="commands"/> one after another on one pooled connection, reading every value of every row.</summary>
    public static async Task<double> P95OfSqlAsync(string connectionString, IReadOnlyList<NpgsqlCommand> commands)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await RunAllAsync(source, commands);
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var timer = Stopwatch.StartNew();
            await RunAllAsync(source, commands);
            times.Add(timer.Elapsed.TotalMilliseconds);
        }

        return P95(times);
    }

    /// <summary>The median time of each command alone, slowest first, when CIMS_BENCH_SCALE_EACH is set: where a page's SQL time goes.</summary>
    public static async Task<List<(double Ms, string Sql)>> EachCommandAsync(string connectionString, IReadOnlyList<NpgsqlCommand> commands)
    {
        if (Environment.GetEnvironmentVariable("CIMS_BENCH_SCALE_EACH") is null)
            return [];
        await using var source = NpgsqlDataSource.Create(connectionString);
        var each = new List<(double, string)>();
        foreach (var command in commands)
        {
            var times = new List<double>();
            for (var i = 0; i <= Runs; i++)
            {
                var timer = Stopwatch.StartNew();
                await RunAllAsync(source, [command]);
                if (i > 0)
                    times.Add(timer.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            each.Add((times[times.Count / 2], command.CommandText.ReplaceLineEndings(" ")));
        }

        return [.. each.OrderByDescending(c => c.Item1)];
    }

    private static async Task RunAllAsync(NpgsqlDataSource source, IReadOnlyList<NpgsqlCommand> commands)
    {
        await using var connection = await source.OpenConnectionAsync();
        foreach (var recorded in commands)
        {
            await using var command = recorded.Clone();
            command.Connection = connection;
            await using var reader = await command.ExecuteReaderAsync();
            var values = new object[reader.FieldCount];
            do
            {
                while (await reader.ReadAsync())
                    reader.GetValues(values);
            }
            while (await reader.NextResultAsync());
        }
    }

    /// <summary>Completed GETs per second with <paramref name="workers"/> requests in flight for <paramref name="duration"/>.</summary>
    public static async Task<double> RequestsPerSecondAsync(HttpClient client, string url, int workers, TimeSpan duration)
    {
        await TimedGetAsync(client, url);
        var done = 0;
        var timer = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (timer.Elapsed < duration)
            {
                await TimedGetAsync(client, url);
                Interlocked.Increment(ref done);
            }
        }));
        return done / timer.Elapsed.TotalSeconds;
    }
}
