using System.Net;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Api.Webhooks;
using Cims.Web.Features.Incidents.Analysis;
using Cims.Web.Infrastructure.Logging;
using Cims.Web.Infrastructure.Telemetry;
using Cims.Web.Tests.Api;
using Cims.Web.Tests.Incidents.Report;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Logging;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Operations;

/// <summary>What CIMS exports when OTEL_EXPORTER_OTLP_ENDPOINT is set (ADR 0043), captured in the process.</summary>
public abstract class TelemetryTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TelemetryApp
{
    private const string WebClient = "Quillonette";
    private const string ApiClient = "Zephyrinus";
    private const string Searched = "xylophonist-7731";

    [Fact]
    public async Task Request_Traced_SpanCarriesTheResponsesCorrelationId_AndItsLogLinesTheTraceId()
    {
        var response = await app.CreateClient().GetAsync("/");

        var correlationId = Assert.Single(response.Headers.GetValues(CorrelationIdMiddleware.Header));
        var span = await app.SpanAsync(correlationId);
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        var line = Assert.Single(app.Log.For(correlationId), e => CapturedLog.Source(e) == "Serilog.AspNetCore.RequestLoggingMiddleware");
        Assert.Equal(span.TraceId, line.TraceId);
    }

    [Fact]
    public async Task Journey_ReportsSubmittedAndRefusals_CountedWithClosedTags_NoPersonalDataInAnySpanOrMeasurement()
    {
        app.Listener();
        var reporter = await FormClient.SignedInAsync(app, ReportForms.Reporter);
        var id = await ReportForms.FillAsync(reporter, WebClient);
        var submitted = await ReportForms.PostAsync(reporter, ReportForms.Url(id, "Declaration"), new() { ["Declared"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var vendor = await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
        var report = ApiVendor.Report(await vendor.ReferenceAsync());
        report["clients"]![0]!["givenName"] = ApiClient;
        Assert.Equal(HttpStatusCode.Created, (await vendor.PostIncidentAsync(report)).StatusCode);
        var admin = await FormClient.SignedInAsync(app, "admin@department.example");
        var search = await admin.Http.GetAsync($"/Users?search={Searched}&email=reporter%40agency-one.example");
        var lookups = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => app.CreateClient().GetAsync($"/PrivacyReport?q={Searched}")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], lookups.Select(r => r.StatusCode).Order());
        Assert.Contains(Submissions(), t => t["cims.channel"] == "web" && t["cims.impact"] == "major");
        Assert.Contains(Submissions(), t => t["cims.channel"] == "api" && t["cims.impact"] == "major");
        Assert.Contains(app.Measurements, m => m.Instrument == "cims.rate_limit.refusals" && m.Tags["cims.rate_limit.policy"] == "public-forms");
        var searchSpan = await app.SpanAsync(Assert.Single(search.Headers.GetValues(CorrelationIdMiddleware.Header)));
        Assert.Equal("/Users", searchSpan.GetTagItem("url.path"));
        var spans = Spans();
        Assert.DoesNotContain(spans, s => s.TagObjects.Any(t => t.Key is "url.query" or "client.address"));
        var everything = string.Join("\n", spans.Select(Everything).Concat(app.Measurements.Select(m => $"{m.Instrument} {string.Join(' ', m.Tags)}")));
        foreach (var personal in Personal())
            Assert.DoesNotContain(personal, everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Gauges_PendingWebhooksAndOverdueWork_ReadFromTheDatabase_KeptForTheCachePeriod()
    {
        app.Listener();
        var before = Gauge("cims.webhooks.pending");
        await AddPendingWebhookAsync();

        var cached = Gauge("cims.webhooks.pending");
        await Task.Delay(TimeSpan.FromSeconds(3.2));
        var after = Gauge("cims.webhooks.pending");

        Assert.Equal(before, cached);
        Assert.Equal(before + 1, after);
        var overdue = await app.WithDbAsync(async db => (
            await FollowUpTerms.Investigations(db, DateTimeOffset.UtcNow).CountAsync(f => f.Time == WorkTime.Overdue),
            await FollowUpTerms.Reviews(db, DateTimeOffset.UtcNow).CountAsync(f => f.Time == WorkTime.Overdue)));
        app.Collect();
        Assert.Equal(overdue.Item1, Last("cims.followup.overdue", "investigation"));
        Assert.Equal(overdue.Item2, Last("cims.followup.overdue", "review"));
    }

    [Fact]
    public async Task BackgroundJob_EachRun_LagAndDurationRecordedUnderItsName()
    {
        app.Listener();

        for (var i = 0; i < 100 && !app.Measurements.Any(m => m.Instrument == "cims.job.lag" && m.Tags["cims.job"] == "AuditSealingJob"); i++)
            await Task.Delay(50); // the audit sealer runs every 500 ms

        var lags = app.Measurements.Where(m => m.Instrument == "cims.job.lag" && m.Tags["cims.job"] == "AuditSealingJob").ToList();
        Assert.NotEmpty(lags);
        Assert.All(lags, lag => Assert.InRange(lag.Value, 0, 60));
        Assert.Contains(app.Measurements, m => m.Instrument == "cims.job.duration" && m.Tags["cims.job"] == "AuditSealingJob");
    }

    private List<System.Diagnostics.Activity> Spans()
    {
        lock (app.Spans)
            return [.. app.Spans];
    }

    private IEnumerable<IReadOnlyDictionary<string, string>> Submissions() =>
        app.Measurements.Where(m => m.Instrument == "cims.reports.submitted").Select(m => m.Tags);

    private static string Everything(System.Diagnostics.Activity s) =>
        $"{s.DisplayName} {string.Join(' ', s.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(' ', s.Events.Select(e => e.Name))}";

    private static IEnumerable<string> Personal() =>
        DemoAccounts.All.SelectMany(a => new[] { a.Email, a.DisplayName }).Concat([WebClient, ApiClient, Searched, "agency-one.example"]);

    private double Gauge(string name)
    {
        app.Collect();
        return app.Measurements.Last(m => m.Instrument == name).Value;
    }

    private double Last(string name, string work) => app.Measurements.Last(m => m.Instrument == name && m.Tags[TelemetryTags.Work] == work).Value;

    private Task<int> AddPendingWebhookAsync() => app.WithDbAsync(async db =>
    {
        var agencyOne = await db.Organisations.Where(o => o.Name == DemoAccounts.AgencyOne).Select(o => o.Id).SingleAsync();
        var webhook = WebhookSubscription.Create(agencyOne, "https://cms.agency-one.example/events", "", [WebhookEventTypes.Submitted], "protected", DateTimeOffset.UtcNow);
        db.WebhookSubscriptions.Add(webhook);
        await db.SaveChangesAsync();
        db.WebhookMessages.Add(WebhookMessage.For(webhook.Id, Guid.NewGuid(), WebhookEventTypes.Submitted, null, DateTimeOffset.UtcNow, "{}", DateTimeOffset.UtcNow));
        return await db.SaveChangesAsync();
    });
}

public sealed class SqliteTelemetryTests(SqliteTelemetryApp app) : TelemetryTests<SqliteTelemetryApp>(app);

public sealed class PostgresTelemetryTests(PostgresTelemetryApp app) : TelemetryTests<PostgresTelemetryApp>(app);
