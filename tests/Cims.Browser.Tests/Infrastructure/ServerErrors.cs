using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>
/// The server's own errors while a browser test runs: every log event at Error or above that carries an exception
/// (an unhandled exception in a request, a failed background job). A page that showed "Something went wrong" fails
/// the test with the server's exception, not only with what the browser saw. A request the browser abandoned
/// (navigating on before the response) is not an error.
/// </summary>
public sealed class ServerErrors : ILogEventSink
{
    private readonly ConcurrentQueue<string> _errors = new();

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Error || logEvent.Exception is null or OperationCanceledException)
            return;
        _errors.Enqueue($"{logEvent.RenderMessage(CultureInfo.InvariantCulture)}\n{logEvent.Exception}");
    }

    public void AssertNone()
    {
        var errors = Take();
        Assert.True(errors.Count == 0, $"The server logged {errors.Count} error(s):\n{string.Join("\n\n", errors)}");
    }

    /// <summary>The errors logged so far, forgotten: for a test that causes server errors on purpose and checks them.</summary>
    public List<string> Take()
    {
        var errors = new List<string>();
        while (_errors.TryDequeue(out var error))
            errors.Add(error);
        return errors;
    }
}
