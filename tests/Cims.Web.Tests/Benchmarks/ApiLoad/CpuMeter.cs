using System.Diagnostics;
using System.Globalization;

namespace Cims.Web.Tests.Benchmarks.ApiLoad;

/// <summary>
/// Processor time spent during a run: by this process (the app and the load driver) and by the PostgreSQL backends
/// serving the benchmark's database (read from /proc, Linux only). Divided by the work done it gives the cost of one
/// submission, which holds whatever else the machine runs, and so the most a machine of N cores could carry.
/// </summary>
internal sealed class CpuMeter
{
    private const double TicksPerSecond = 100.0; // USER_HZ on Linux

    private readonly TimeSpan _process;
    private readonly Dictionary<int, double> _backends;

    private CpuMeter(TimeSpan process, Dictionary<int, double> backends)
    {
        _process = process;
        _backends = backends;
    }

    public static CpuMeter Start(IEnumerable<int> backendPids) =>
        new(Process.GetCurrentProcess().TotalProcessorTime, backendPids.ToDictionary(p => p, BackendSeconds));

    /// <summary>Seconds of processor time since <see cref="Start"/>: this process, and the backends (new ones counted from zero).</summary>
    public (double App, double Database) Stop(IEnumerable<int> backendPids)
    {
        var app = (Process.GetCurrentProcess().TotalProcessorTime - _process).TotalSeconds;
        var database = backendPids.Sum(p => BackendSeconds(p) - _backends.GetValueOrDefault(p));
        return (app, database);
    }

    /// <summary>utime + stime of one process (fields 14 and 15 of /proc/PID/stat), 0 when it is gone.</summary>
    private static double BackendSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
