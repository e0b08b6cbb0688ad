using Cims.Domain.Incidents;
using Cims.Domain.Privacy;

namespace Cims.Domain.Tests.Privacy;

public sealed class PrivacyAssessmentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new("u1", "Dana Staff");
    private static readonly Actor Other = new("u2", "Lee Officer");

    [Fact]
    public void Assign_Submitted_UnderAssessmentWithAssigneeAndHistory()
    {
        var report = Submitted(breach: true);
        var version = report.Version;

        Assert.False(report.Assign(Other, Staff, Now).Failed);

        Assert.Equal(PrivacyReportStatus.UnderAssessment, report.Status);
        Assert.Equal("Lee Officer", report.AssignedToName);
        Assert.NotEqual(version, report.Version);
        Assert.Equal("Assigned to Lee Officer.", report.Activity[^1].Text);
        Assert.Equal("Dana Staff", report.Activity[^1].ByName);
    }

    [Fact]
    public void Assign_Closed_RefusedWithNotOpen()
    {
        var report = Submitted(breach: false);

        Assert.Equal(PrivacyErrors.NotOpen, report.Assign(Other, Staff, Now).Error);
        Assert.Null(report.AssignedToUserId);
    }

    [Fact]
    public void Close_UnknownOutcome_RefusedAndStillOpen()
    {
        var report = Submitted(breach: true);

        Assert.Equal(PrivacyErrors.UnknownOutcome, report.Close("MAYBE", "Because", Staff, Now).Error);
        Assert.True(report.IsOpen);
    }

    [Fact]
    public void Close_WithOutcome_ClosedWithReasonInHistory()
    {
        var report = Submitted(breach: true);
        report.Assign(Staff, Staff, Now).MustSucceed();

        report.Close(PrivacyOutcomes.BreachConfirmed, " Letter recovered; client told. ", Staff, Now).MustSucceed();

        Assert.Equal(PrivacyReportStatus.Closed, report.Status);
        Assert.Equal("Letter recovered; client told.", report.ClosureReason);
        Assert.Equal(Now, report.ClosedAt);
        Assert.Contains("Privacy breach confirmed", report.Activity[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reopen_ClosedNoBreach_BackInTheQueueAndOutcomeCleared()
    {
        var report = Submitted(breach: false);

        Assert.False(report.Reopen("The client's file was sent to the wrong school.", Staff, Now).Failed);

        Assert.Equal(PrivacyReportStatus.Submitted, report.Status);
        Assert.Null(report.Outcome);
        Assert.Null(report.ClosureReason);
        Assert.Equal(PrivacyActivityKind.Reopened, report.Activity[^1].Kind);
    }

    [Fact]
    public void Reopen_Open_RefusedWithNotClosed()
    {
        Assert.Equal(PrivacyErrors.NotClosed, Submitted(breach: true).Reopen("why", Staff, Now).Error);
    }

    [Fact]
    public void AddNote_Draft_Refused()
    {
        var report = PrivacyReport.Start(Now);

        Assert.Equal(PrivacyErrors.NotSubmitted, report.AddNote("Note", Staff, Now).Error);
        Assert.Empty(report.Activity);
    }

    [Fact]
    public void LinkIncident_Draft_RefusedAsNotSubmitted()
    {
        var report = PrivacyReport.Start(Now);

        Assert.Equal(PrivacyErrors.NotSubmitted, report.LinkIncident(7, "IRD-2026-000007", Staff, Now).Error);
        Assert.Null(report.LinkedIncidentId);
    }

    [Fact]
    public void LinkIncident_Submitted_RecordsTheNumber()
    {
        var report = Submitted(breach: true);

        report.LinkIncident(42, "IRD-2026-000042", Staff, Now).MustSucceed();

        Assert.Equal(42, report.LinkedIncidentId);
        Assert.Equal("Linked to client incident IRD-2026-000042.", report.Activity[^1].Text);
    }

    private static PrivacyReport Submitted(bool breach)
    {
        var report = PrivacyReportSubmissionTests.Complete(breach);
        report.Submit("PIR-2026-000001", Now.AddDays(1), Now).MustSucceed();
        return report;
    }
}
