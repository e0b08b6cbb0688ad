using System.Diagnostics;
using System.Net;

namespace Cims.Web.Tests.Benchmarks.ApiLoad;

/// <summary>One request of an open-loop run: when it was due to be sent, when it was sent, when its answer came, and the status.</summary>
internal readonly record struct LoadSample(double DueMs, double SentMs, double DoneMs, HttpStatusCode? Status)
{
    /// <summary>From when it was due (not when it could be sent) to its answer: a server that falls behind pays for the wait.</summary>
    public double LatencyMs => DoneMs - DueMs;
}

/// <summary>
/// An open-loop load driver: requests are started at a fixed rate whatever the server's answers take, so a slow
/// server shows as latency (measured from each request's due time, which avoids coordinated omission) rather than as a
/// politely lower rate. At most <paramref name="maxInFlight"/> are outstanding; one that cannot start on time is late
/// and its lateness counts.
/// </summary>
internal sealed class LoadRun(int perSecond, TimeSpan length, int maxInFlight)
{
    public int PerSecond { get; } = perSecond;

    public TimeSpan Length { get; } = length;

    public async Task<IReadOnlyList<LoadSample>> RunAsync(Func<int, Task<HttpStatusCode>> send)
    {
        var count = (int)(PerSecond * Length.TotalSeconds);
        var samples = new LoadSample[count];
        var slots = new SemaphoreSlim(maxInFlight);
        var clock = Stopwatch.StartNew();
        var running = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = i * 1000.0 / PerSecond;
            var wait = due - clock.Elapsed.TotalMilliseconds;
            if (wait > 1)
                await Task.Delay(TimeSpan.FromMilliseconds(wait));
            await slots.WaitAsync();
            var index = i;
            running.Add(Task.Run(async () =>
            {
                var sent = clock.Elapsed.TotalMilliseconds;
                HttpStatusCode? status = null;
                try
                {
                    status = await send(index);
                }
                catch (HttpRequestException)
                {
                }
                finally
                {
                    slots.Release();
                }

                samples[index] = new LoadSample(due, sent, clock.Elapsed.TotalMilliseconds, status);
            }));
        }

        await Task.WhenAll(running);
        return samples;
    }

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * p) - 1)];
    }
}
