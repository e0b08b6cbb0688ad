using Cims.Domain.Incidents;
using static Cims.Domain.Tests.Incidents.IncidentTestData;

namespace Cims.Domain.Tests.Incidents;

public sealed class ReporterSummaryTests
{
    private static readonly Actor Delegate = new("u-delegate", "Dana Delegate");

    [Fact]
    public void SendReporterSummary_Closed_RecordsTextWhoAndWhen()
    {
        var incident = Closed();
        var version = incident.Version;

        incident.SendReporterSummary("  The matter was looked into and the client's plan was updated.  ", Delegate, Now.AddDays(2)).MustSucceed();

        Assert.Equal("The matter was looked into and the client's plan was updated.", incident.ReporterSummary);
        Assert.Equal("Dana Delegate", incident.ReporterSummaryByName);
        Assert.Equal("u-delegate", incident.ReporterSummaryByUserId);
        Assert.Equal(Now.AddDays(2), incident.ReporterSummarySentAt);
        Assert.NotEqual(version, incident.Version);
        Assert.False(incident.CanSendReporterSummary);
    }

    [Fact]
    public void SendReporterSummary_NotClosed_RefusedWithNotClosed()
    {
        var incident = Complete().Then(i => i.SubmitForEndorsement(Reporter, Now)).Then(i => i.Endorse(Endorser, Now));

        Assert.Equal(IncidentErrors.SummaryNotClosed, incident.SendReporterSummary("Done.", Delegate, Now).Error);
        Assert.Null(incident.ReporterSummary);
        Assert.False(incident.CanSendReporterSummary);
    }

    [Fact]
    public void SendReporterSummary_AlreadySent_RefusedAndFirstKept()
    {
        var incident = Closed();
        incident.SendReporterSummary("First.", Delegate, Now).MustSucceed();

        Assert.Equal(IncidentErrors.SummaryAlreadySent, incident.SendReporterSummary("Second.", Delegate, Now.AddDays(1)).Error);
        Assert.Equal("First.", incident.ReporterSummary);
    }

    [Theory]
    [InlineData("   ", "incident.summary_required")]
    [InlineData(null, "incident.summary_required")]
    public void SendReporterSummary_Blank_RefusedWithFieldError(string? text, string code)
    {
        var incident = Closed();

        var error = incident.SendReporterSummary(text, Delegate, Now).Error;

        Assert.Equal(code, error?.Code);
        Assert.Equal("Summary", error?.Field);
        Assert.Null(incident.ReporterSummarySentAt);
    }

    [Fact]
    public void SendReporterSummary_TooLong_Refused()
    {
        var incident = Closed();

        Assert.Equal(IncidentErrors.SummaryTooLong, incident.SendReporterSummary(new string('a', Incident.ReporterSummaryMaxLength + 1), Delegate, Now).Error);
    }

    private static Incident Closed() => Complete(ImpactLevel.Major)
        .Then(i => i.SubmitForEndorsement(Reporter, Now))
        .Then(i => i.Endorse(Endorser, Now))
        .Then(i => i.Close(Endorser, "No follow-up required", Now));
}
