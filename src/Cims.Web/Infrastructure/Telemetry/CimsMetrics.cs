using System.Diagnostics;
using System.Diagnostics.Metrics;
using Cims.Domain.Incidents;

namespace Cims.Web.Infrastructure.Telemetry;

/// <summary>
/// The "Cims" meter: what the department watches. Its instruments carry only closed sets of tag values (a channel, an
/// impact level, a job's or policy's name, a reminder step), never a name, an e-mail address or an organisation. Made
/// through the host's <see cref="IMeterFactory"/>, so each host has its own meter; without a listener (no exporter) a
/// measurement costs next to nothing.
/// </summary>
public sealed class CimsMetrics
{
    public const string MeterName = "Cims";

    private readonly Counter<long> _reportsSubmitted;
    private readonly Counter<long> _remindersSent;
    private readonly Counter<long> _remindersFailed;
    private readonly Histogram<double> _jobLag;
    private readonly Histogram<double> _jobDuration;
    private readonly Counter<long> _rateLimitRefusals;

    public CimsMetrics(IMeterFactory meters, OperationalCounts counts)
    {
        Meter = meters.Create(MeterName);
        _reportsSubmitted = Meter.CreateCounter<long>("cims.reports.submitted", "{report}",
            "Incident reports submitted: by a reporter on the web (for endorsement) or received endorsed through the API");
        _remindersSent = Meter.CreateCounter<long>("cims.reminders.sent", "{reminder}", "Reminders e-mailed to every recipient");
        _remindersFailed = Meter.CreateCounter<long>("cims.reminders.failed", "{reminder}", "Reminders whose e-mail failed (tried again at the next run)");
        _jobLag = Meter.CreateHistogram<double>("cims.job.lag", "s", "How late a background job's run started after it was due",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600] });
        _jobDuration = Meter.CreateHistogram<double>("cims.job.duration", "s", "How long a background job's run took",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900] });
        _rateLimitRefusals = Meter.CreateCounter<long>("cims.rate_limit.refusals", "{request}", "Requests refused with 429 by a rate limit");
        Meter.CreateObservableGauge("cims.followup.overdue", counts.Overdue, "{item}",
            "Open investigations and reviews past their due date and not on police hold");
        Meter.CreateObservableGauge("cims.webhooks.pending", counts.WebhooksPending, "{delivery}", "Webhook deliveries waiting to be acknowledged");
    }

    public Meter Meter { get; }

    public void ReportSubmitted(string channel, ImpactLevel? impact) =>
        _reportsSubmitted.Add(1, new TagList { { TelemetryTags.Channel, channel }, { TelemetryTags.Impact, Impact(impact) } });

    public void ReminderSent(string step) => _remindersSent.Add(1, new KeyValuePair<string, object?>(TelemetryTags.ReminderStep, step));

    public void ReminderFailed(string step) => _remindersFailed.Add(1, new KeyValuePair<string, object?>(TelemetryTags.ReminderStep, step));

    public void JobStarted(string job, TimeSpan lag) =>
        _jobLag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>(TelemetryTags.Job, job));

    public void JobRan(string job, TimeSpan duration) =>
        _jobDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>(TelemetryTags.Job, job));

    public void RateLimitRefused(string policy) => _rateLimitRefusals.Add(1, new KeyValuePair<string, object?>(TelemetryTags.RateLimitPolicy, policy));

    private static string Impact(ImpactLevel? impact) => impact switch
    {
        ImpactLevel.Major => "major",
        ImpactLevel.NonMajor => "non_major",
        _ => "unknown",
    };
}
