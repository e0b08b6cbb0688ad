using Serilog.Events;
using Serilog.Parsing;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>The watch on the server's log fails a test on an exception, and only on one that is an error.</summary>
public sealed class ServerErrorsTests
{
    [Fact]
    public void AssertNone_AfterAnUnhandledException_FailsWithTheException()
    {
        var errors = new ServerErrors();
        errors.Emit(Event(LogEventLevel.Error, new InvalidOperationException("The save failed.")));

        var failure = Assert.ThrowsAny<Exception>(errors.AssertNone);
        Assert.Contains("1 error(s)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: The save failed.", failure.Message, StringComparison.Ordinal);
        errors.AssertNone(); // reported once
    }

    [Fact]
    public void AssertNone_AfterWarningsAndAbandonedRequests_Passes()
    {
        var errors = new ServerErrors();
        errors.Emit(Event(LogEventLevel.Warning, new InvalidOperationException("Retried.")));
        errors.Emit(Event(LogEventLevel.Error, new OperationCanceledException()));
        errors.Emit(Event(LogEventLevel.Error, null));

        errors.AssertNone();
    }

    private static LogEvent Event(LogEventLevel level, Exception? exception) =>
        new(DateTimeOffset.UtcNow, level, exception, new MessageTemplateParser().Parse("A request failed"), []);
}
