using System.Collections.Concurrent;
using System.Globalization;

namespace Cims.Load;

/// <summary>Response times per page kind and failures per kind, from every simulated user at once.</summary>
public sealed class Stats
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _times = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _examples = new(StringComparer.Ordinal);

    public void Time(string kind, TimeSpan elapsed) =>
        _times.GetOrAdd(kind, _ => []).Add(elapsed.TotalMilliseconds);

    public void Error(string kind, string detail)
    {
        _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
        _examples.TryAdd(kind, detail);
    }

    private int _conflicts;
    private string _conflictExample = "";

    /// <summary>A refusal a person would be shown because another person acted first (a stale form): correct, not a failure.</summary>
    public void Conflict(string detail)
    {
        if (Interlocked.Increment(ref _conflicts) == 1)
            _conflictExample = detail;
    }

    public int ErrorCount => _errors.Values.Sum();

    public int RequestCount => _times.Values.Sum(t => t.Count);

    public void Print(TextWriter output, TimeSpan duration)
    {
        output.WriteLine(Invariant($"{RequestCount} requests in {duration.TotalSeconds:F0} s ({RequestCount / duration.TotalSeconds:F1}/s), {ErrorCount} errors"));
        output.WriteLine($"{"page kind",-34} {"count",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var (kind, bag) in _times.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var sorted = bag.Order().ToArray();
            output.WriteLine(Invariant($"{kind,-34} {sorted.Length,7} {At(sorted, 0.50),8:F0} {At(sorted, 0.95),8:F0} {At(sorted, 0.99),8:F0} {sorted[^1],8:F0}"));
        }

        if (_conflicts > 0)
            output.WriteLine($"conflicts shown (another person acted first): {_conflicts} (first: {_conflictExample})");
        foreach (var (kind, count) in _errors.OrderByDescending(e => e.Value))
            output.WriteLine($"error {kind}: {count} (first: {_examples[kind]})");
    }

    private static double At(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
