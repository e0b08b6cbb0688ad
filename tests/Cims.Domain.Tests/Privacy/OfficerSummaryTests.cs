using Cims.Domain.Incidents;
using Cims.Domain.Privacy;

namespace Cims.Domain.Tests.Privacy;

public sealed class OfficerSummaryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new("u1", "Dana Staff");

    [Fact]
    public void SendOfficerSummary_Closed_RecordsTextWhoWhenAndActivity()
    {
        var report = Submitted(breach: false);
        var version = report.Version;

        report.SendOfficerSummary(" No breach: the letter reached the right client. ", Staff, Now.AddDays(1)).MustSucceed();

        Assert.Equal("No breach: the letter reached the right client.", report.OfficerSummary);
        Assert.Equal("Dana Staff", report.OfficerSummaryByName);
        Assert.Equal(Now.AddDays(1), report.OfficerSummarySentAt);
        Assert.Equal(PrivacyActivityKind.SummarySent, report.Activity[^1].Kind);
        Assert.NotEqual(version, report.Version);
        Assert.False(report.CanSendOfficerSummary);
    }

    [Fact]
    public void SendOfficerSummary_Open_RefusedWithNotClosed()
    {
        var report = Submitted(breach: true);

        Assert.Equal(PrivacyErrors.SummaryNotClosed, report.SendOfficerSummary("Done.", Staff, Now).Error);
        Assert.Null(report.OfficerSummary);
    }

    [Fact]
    public void SendOfficerSummary_AlreadySent_RefusedAndFirstKept()
    {
        var report = Submitted(breach: false);
        report.SendOfficerSummary("First.", Staff, Now).MustSucceed();

        Assert.Equal(PrivacyErrors.SummaryAlreadySent, report.SendOfficerSummary("Second.", Staff, Now).Error);
        Assert.Equal("First.", report.OfficerSummary);
    }

    [Fact]
    public void SendOfficerSummary_Blank_RefusedWithFieldError()
    {
        var report = Submitted(breach: false);

        Assert.Equal(PrivacyErrors.SummaryRequired, report.SendOfficerSummary(" ", Staff, Now).Error);
        Assert.Null(report.OfficerSummarySentAt);
    }

    private static PrivacyReport Submitted(bool breach)
    {
        var report = PrivacyReportSubmissionTests.Complete(breach);
        report.Submit("PIR-2026-000001", Now.AddDays(1), Now).MustSucceed();
        return report;
    }
}
