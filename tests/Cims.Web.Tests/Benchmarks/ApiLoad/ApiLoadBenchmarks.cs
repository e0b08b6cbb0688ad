using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Cims.Web.Tests.Benchmarks.ApiLoad;

/// <summary>
/// Issue 14's load target: <c>POST /api/v1/incidents</c> on PostgreSQL at 500 valid submissions a second on this
/// machine with p99 under 100 ms, the driver on the same two cores. Figures only, never a timed test; what it does
/// assert is that nothing was lost or invented: afterwards the database holds exactly as many incidents as the driver
/// got 201s for, each with its audit entries, and the audit chain is intact.
/// Settings: <c>CIMS_BENCH_API_RATE</c> (500 a second), <c>CIMS_BENCH_API_SECONDS</c> (30), <c>CIMS_BENCH_API_CLIENTS</c>
/// (60: the load comes from many provider systems, each under its own rate limit of 600 a minute).
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class ApiLoadBenchmarks(ApiLoadApp app, ITestOutputHelper output) : IClassFixture<ApiLoadApp>
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

    [Fact]
    public async Task PostIncidents_OpenLoop_ThroughputLatencyAndEveryIncidentAudited()
    {
        var rate = Setting("CIMS_BENCH_API_RATE", 500);
        var seconds = Setting("CIMS_BENCH_API_SECONDS", 30);
        var clientCount = Setting("CIMS_BENCH_API_CLIENTS", 60);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var clients = await RegisterClientsAsync(clientCount);
        var body = await ExampleBodyAsync();
        var before = await IncidentCountAsync(clients);

        Task<HttpStatusCode> Post(int i)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", clients[i % clients.Count].Token);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            return SendAsync(http, request);
        }

        var inspected = Environment.GetEnvironmentVariable("CIMS_BENCH_API_EACH") == "1" ? await PrintCommandsAsync(() => Post(0)) : 0;
        var warmUp = await new LoadRun(Math.Min(rate, 100), TimeSpan.FromSeconds(5), 512).RunAsync(Post);
        var run = new LoadRun(rate, TimeSpan.FromSeconds(seconds), 512);
        var cpu = CpuMeter.Start(await BackendsAsync());
        var samples = await run.RunAsync(Post);
        var (appSeconds, databaseSeconds) = cpu.Stop(await BackendsAsync());

        var created = samples.Count(s => s.Status == HttpStatusCode.Created) + warmUp.Count(s => s.Status == HttpStatusCode.Created) + inspected;
        var latencies = samples.Select(s => s.LatencyMs).ToList();
        var wall = samples.Max(s => s.DoneMs) / 1000.0;
        var answered = samples.Where(s => s.Status is not null).GroupBy(s => (int)s.Status!.Value).OrderBy(g => g.Key)
            .Select(g => $"{g.Key} × {g.Count():N0}");
        Print($"POST /api/v1/incidents, PostgreSQL, open loop at {rate}/s for {seconds} s from {clientCount} clients " +
              $"(after a 5 s warm-up at {Math.Min(rate, 100)}/s): {samples.Count:N0} sent; {string.Join(", ", answered)}; " +
              $"{samples.Count(s => s.Status is null)} without an answer");
        Print($"  achieved {samples.Count(s => s.Status == HttpStatusCode.Created) / wall:F0} created/s over {wall:F1} s (target ≥ 500)");
        Print($"  latency from due time: p50 {LoadRun.Percentile(latencies, 0.50):F1} ms, p95 {LoadRun.Percentile(latencies, 0.95):F1} ms, " +
              $"p99 {LoadRun.Percentile(latencies, 0.99):F1} ms (target < 100), max {latencies.Max():F0} ms");
        var perCreated = 1000.0 / Math.Max(1, samples.Count(s => s.Status == HttpStatusCode.Created));
        Print($"  processor time per created incident: app and driver {appSeconds * perCreated:F2} ms, PostgreSQL {databaseSeconds * perCreated:F2} ms; " +
              $"{Environment.ProcessorCount} cores carry at most {Environment.ProcessorCount * 1000.0 / ((appSeconds + databaseSeconds) * perCreated):F0}/s");
        Print($"  waiting to be sent (driver side): p99 {LoadRun.Percentile(samples.Select(s => s.SentMs - s.DueMs), 0.99):F1} ms");

        var (incidents, received, endorsed, verification) = await AfterwardsAsync(clients);
        Print($"  afterwards: {incidents - before:N0} new incidents for {created:N0} 201s; {received:N0} 'incident.received' and " +
              $"{endorsed:N0} 'incident.endorsed' audit entries; audit chain {(verification.FirstBroken is null ? "intact" : "BROKEN")} over {verification.Checked:N0} entries");
        Assert.Equal(created, incidents - before);
        Assert.Equal(created, received);
        Assert.Equal(created, endorsed);
        Assert.Null(verification.FirstBroken);
    }

    /// <summary>The commands one submission sends to the database, in order (after one to warm up); how many were created.</summary>
    private async Task<int> PrintCommandsAsync(Func<Task<HttpStatusCode>> post)
    {
        var first = await post();
        app.Sql.Start();
        var status = await post();
        var commands = app.Sql.Stop();
        Print($"one submission ({(int)status}): {commands.Count} commands");
        foreach (var command in commands)
        {
            var text = string.Join(' ', command.CommandText.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            Print("  " + text[..Math.Min(160, text.Length)]);
        }

        return new[] { first, status }.Count(s => s == HttpStatusCode.Created);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode;
        }
    }

    private sealed record LoadClient(string ClientId, string Token);

    /// <summary>Registers the clients as a vendor test does (<see cref="ApiVendor"/>) and keeps each one's access token.</summary>
    private async Task<List<LoadClient>> RegisterClientsAsync(int count)
    {
        var clients = new List<LoadClient>();
        for (var i = 0; i < count; i++)
        {
            var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
            clients.Add(new LoadClient(vendor.Credentials.ClientId, vendor.Http.DefaultRequestHeaders.Authorization!.Parameter!));
            vendor.Http.Dispose();
        }

        return clients;
    }

    private async Task<byte[]> ExampleBodyAsync()
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne, ApiScopes.ReferenceRead)).SignInAsync();
        using (vendor.Http)
            return JsonSerializer.SerializeToUtf8Bytes(ApiVendor.Report(await vendor.ReferenceAsync()));
    }

    /// <summary>The PostgreSQL backends connected to the benchmark's database (the app's pool).</summary>
    private Task<List<int>> BackendsAsync() =>
        app.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT pid AS \"Value\" FROM pg_stat_activity WHERE datname = current_database()").ToListAsync());

    private Task<int> IncidentCountAsync(List<LoadClient> clients)
    {
        var users = clients.Select(c => ApiClaimTypes.UserId(c.ClientId)).ToList();
        return app.WithDbAsync(db => db.Incidents.CountAsync(i => users.Contains(i.ReporterUserId)));
    }

    private async Task<(int Incidents, int Received, int Endorsed, AuditVerification Verification)> AfterwardsAsync(List<LoadClient> clients)
    {
        var users = clients.Select(c => ApiClaimTypes.UserId(c.ClientId)).ToList();
        return await app.WithDbAsync(async db =>
        {
            var ids = await db.Incidents.Where(i => users.Contains(i.ReporterUserId)).Select(i => i.Id).ToListAsync();
            var audited = await db.AuditEntries.Where(a => users.Contains(a.UserId!) && (a.Action == "incident.received" || a.Action == "incident.endorsed"))
                .Select(a => new { a.Action, a.EntityId }).ToListAsync();
            var known = ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
            return (ids.Count,
                audited.Where(a => a.Action == "incident.received" && known.Contains(a.EntityId)).Select(a => a.EntityId).Distinct().Count(),
                audited.Where(a => a.Action == "incident.endorsed" && known.Contains(a.EntityId)).Select(a => a.EntityId).Distinct().Count(),
                await VerifyAfterSealingAsync(db));
        });
    }

    private static async Task<AuditVerification> VerifyAfterSealingAsync(CimsDbContext db)
    {
        await AuditChain.SealPendingAsync(db, CancellationToken.None);
        return await AuditChain.VerifyAsync(db, CancellationToken.None);
    }

    private void Print(string line) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[Postgres] {line}"));
}
