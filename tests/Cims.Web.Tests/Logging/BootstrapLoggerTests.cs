using System.Text.RegularExpressions;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Logging;

/// <summary>The bootstrap logger (before the host exists) logs a start-up failure; the operator's sentence is printed too.</summary>
public sealed partial class BootstrapLoggerTests
{
    [Fact]
    public async Task Start_UnknownProvider_FailureIsLoggedAsFatalAndPrinted()
    {
        var run = await CimsProcess.RunAsync("--Database:Provider=Oracle");

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(LoggedLine(), run.Output);
        Assert.Matches(PrintedLine(), run.Output);
        Assert.DoesNotContain("   at ", run.Output);
    }

    [GeneratedRegex("""^\[\d\d:\d\d:\d\d FTL\] CIMS cannot start: Database:Provider is "Oracle".*$""", RegexOptions.Multiline)]
    private static partial Regex LoggedLine();

    [GeneratedRegex("""^CIMS cannot start: Database:Provider is "Oracle".*$""", RegexOptions.Multiline)]
    private static partial Regex PrintedLine();
}
