using System.Globalization;

namespace Cims.Web.Tests.Fuzz;

/// <summary>What a run did: inputs sent, routes found and fuzzed (and how many an input got past routing and sign-in), answers by status, findings.</summary>
public sealed record FuzzReport(int Seed, int Inputs, int Routes, int RoutesCovered, int RoutesReached, TimeSpan Elapsed,
    IReadOnlyDictionary<int, int> Statuses, IReadOnlyList<string> Findings)
{
    public string Summary =>
        string.Create(CultureInfo.InvariantCulture,
            $"seed {Seed}: {Inputs} inputs, {Routes} routes found, {RoutesCovered} fuzzed, {RoutesReached} reached past routing and sign-in, " +
            $"{Elapsed.TotalSeconds:0.0} s, {Findings.Count} findings; answers {string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
}
