using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Cims.Web.Tests.Operations;

/// <summary>A node told to stop (SIGTERM does the same) finishes what is in flight, takes nothing new, and says so (ADR 0045).</summary>
public sealed class GracefulShutdownTests(PatientApp app) : IClassFixture<PatientApp>
{
    [Fact]
    public async Task Stop_RequestInFlight_FinishesWith200_NewConnectionsRefused_ReadySaysStopping()
    {
        var address = app.BaseAddress;
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
        var inFlight = http.GetAsync(SlowRequestApp.SlowPath);
        await app.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = app.Services.GetRequiredService<IHost>().StopAsync();
        var refused = await WithinAsync(TimeSpan.FromSeconds(5), async () => !await SlowRequestApp.AcceptsConnectionsAsync(address));
        var ready = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
        var stoppedBeforeRelease = stopping.IsCompleted;
        app.Release.SetResult();
        var response = await inFlight;
        await stopping.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(refused, "The stopping node still accepted new connections after 5 s");
        Assert.Equal(HealthStatus.Unhealthy, ready.Status);
        Assert.Equal("This node is stopping.", ready.Entries["stopping"].Description);
        Assert.False(stoppedBeforeRelease, "The node stopped without waiting for the request in flight");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SlowRequestApp.Finished, await response.Content.ReadAsStringAsync());
    }

    private static async Task<bool> WithinAsync(TimeSpan limit, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (await condition())
                return true;
            await Task.Delay(50);
        }

        return false;
    }
}

/// <summary>Cims:ShutdownSeconds bounds the wait: a request still running when it is up is cut off and the node stops.</summary>
public sealed class ShutdownTimeoutTests(ImpatientApp app) : IClassFixture<ImpatientApp>
{
    [Fact]
    public async Task Stop_RequestOutlastsShutdownSeconds_CutOffAndTheNodeStopsWithinSeconds()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var inFlight = http.GetAsync(SlowRequestApp.SlowPath);
        await app.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();

        await app.Services.GetRequiredService<IHost>().StopAsync().WaitAsync(TimeSpan.FromSeconds(15));
        var stoppedIn = clock.Elapsed;

        await Assert.ThrowsAsync<HttpRequestException>(() => inFlight.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(stoppedIn < TimeSpan.FromSeconds(10), $"Stopping took {stoppedIn.TotalSeconds:0.0} s with Cims:ShutdownSeconds=1");
        app.Release.TrySetResult();
    }
}
