using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Telemetry;
using Cims.Web.Tests.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Cims.Web.Tests.Operations;

/// <summary>One measurement of the "Cims" meter: instrument, value and tags as text.</summary>
public sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, string> Tags);

/// <summary>
/// CIMS exporting telemetry (OTEL_EXPORTER_OTLP_ENDPOINT set, to a closed local port: the OTLP exporter runs and sends
/// nowhere), with every finished span kept in <see cref="Spans"/> after the app's own processors, and this host's "Cims"
/// meter read by a listener (<see cref="Measurements"/>). Public form limit 2 a minute; gauges kept 3 seconds.
/// </summary>
public abstract class TelemetryApp(DatabaseProvider provider) : LoggedApp(provider)
{
    private readonly ConcurrentQueue<Measured> _measured = new();
    private MeterListener? _listener;

    public List<Activity> Spans { get; } = [];

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new(TelemetrySetup.EndpointSetting, "http://127.0.0.1:9"),
        new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
        new("Cims:PublicFormRateLimit", "2"),
        new("Cims:Telemetry:GaugeCacheSeconds", "3"),
    ];

    public IReadOnlyList<Measured> Measurements => [.. _measured];

    /// <summary>Asks the gauges for their values now (a collection, as an exporter's).</summary>
    public void Collect() => Listener().RecordObservableInstruments();

    /// <summary>Starts listening to this host's meter (not another test host's in the same process).</summary>
    public MeterListener Listener()
    {
        if (_listener is not null)
            return _listener;
        var factory = Services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == CimsMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Keep(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Keep(i, v, tags));
        listener.Start();
        return _listener = listener;
    }

    /// <summary>The finished span with this correlation id (it ends just after the response is sent).</summary>
    public async Task<Activity> SpanAsync(string correlationId)
    {
        for (var i = 0; i < 100; i++)
        {
            lock (Spans)
            {
                if (Spans.Find(s => s.GetTagItem(TelemetryTags.CorrelationId) as string == correlationId) is { } span)
                    return span;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No span carries correlation id {correlationId}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(new LockedList(Spans))));
    }

    protected override void Dispose(bool disposing)
    {
        _listener?.Dispose();
        base.Dispose(disposing);
    }

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new Dictionary<string, string>();
        foreach (var (key, tag) in tags)
            text[key] = Convert.ToString(tag, CultureInfo.InvariantCulture) ?? "";
        _measured.Enqueue(new Measured(instrument.Name, value, text));
    }

    /// <summary>The exporter adds from the request's thread while a test reads.</summary>
    private sealed class LockedList(List<Activity> spans) : ICollection<Activity>
    {
        public int Count { get { lock (spans) return spans.Count; } }

        public bool IsReadOnly => false;

        public void Add(Activity item) { lock (spans) spans.Add(item); }

        public void Clear() { lock (spans) spans.Clear(); }

        public bool Contains(Activity item) { lock (spans) return spans.Contains(item); }

        public void CopyTo(Activity[] array, int arrayIndex) { lock (spans) spans.CopyTo(array, arrayIndex); }

        public bool Remove(Activity item) { lock (spans) return spans.Remove(item); }

        public IEnumerator<Activity> GetEnumerator() { lock (spans) return spans.ToList().GetEnumerator(); }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

public sealed class SqliteTelemetryApp() : TelemetryApp(DatabaseProvider.Sqlite);

public sealed class PostgresTelemetryApp() : TelemetryApp(DatabaseProvider.Postgres);
