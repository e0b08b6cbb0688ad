using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Cims.Web.Tests.Logging;

/// <summary>A Serilog sink that keeps every event the app logs, for tests to read.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The events carrying <paramref name="correlationId"/>.</summary>
    public IReadOnlyList<LogEvent> For(string correlationId) => [.. Events.Where(e => Value(e, "CorrelationId") == correlationId)];

    /// <summary>Everything an event could put in a log: its message, every property and its exception.</summary>
    public static string Everything(LogEvent e) =>
        string.Join(" | ", [e.RenderMessage(CultureInfo.InvariantCulture), .. e.Properties.Select(p => $"{p.Key}={p.Value}"), e.Exception?.ToString() ?? ""]);

    /// <summary>The message as the console and file sinks write it (strings unquoted).</summary>
    public static string Line(LogEvent e)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        new MessageTemplateTextFormatter("{Message:lj}", CultureInfo.InvariantCulture).Format(e, text);
        return text.ToString();
    }

    public static string? Value(LogEvent e, string property) =>
        e.Properties.TryGetValue(property, out var value) && value is ScalarValue scalar
            ? Convert.ToString(scalar.Value, CultureInfo.InvariantCulture)
            : null;

    public static string? Source(LogEvent e) => Value(e, "SourceContext");
}
