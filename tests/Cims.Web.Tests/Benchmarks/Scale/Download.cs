using System.Diagnostics;
using System.Net;

namespace Cims.Web.Tests.Benchmarks.Scale;

/// <summary>
/// One streamed download: time to the first byte of the body and to the last, the rows (lines after the header), and
/// the memory of this process (server and client) sampled every 10 ms while it streams: the managed heap above what it
/// was before, bytes allocated, and the working set.
/// </summary>
internal sealed record Download(double FirstByteMs, double TotalMs, long Rows, double PeakHeapMb, double AllocatedMb, double PeakWorkingSetMb)
{
    private const double Mb = 1024 * 1024;

    public static async Task<Download> OfAsync(HttpClient client, string url)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(false);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        long peakHeap = heapBefore, peakWorkingSet = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                await Task.Delay(10, CancellationToken.None);
            }
        });

        var timer = Stopwatch.StartNew();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        double firstByte = 0;
        long lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            if (firstByte == 0)
                firstByte = timer.Elapsed.TotalMilliseconds;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        var total = timer.Elapsed.TotalMilliseconds;
        await stop.CancelAsync();
        await sampler;
        return new Download(firstByte, total, lines - 1, (peakHeap - heapBefore) / Mb, (GC.GetTotalAllocatedBytes() - allocatedBefore) / Mb, peakWorkingSet / Mb);
    }
}
