using System.Diagnostics;
using System.Net;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Benchmarks;

/// <summary>The benchmarks' one measure: the median time of 20 GETs through the whole web stack, after one warm-up request.</summary>
internal static class Median
{
    private const int Runs = 20;

    public static async Task<double> OfGetsAsync(FormClient client, string url)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(url)).StatusCode);
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var timer = Stopwatch.StartNew();
            using var response = await client.Http.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(timer.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[Runs / 2];
    }
}
