using Cims.Domain.Incidents;
using Cims.Domain.Privacy;

namespace Cims.Domain.Tests.Privacy;

public sealed class PrivacyReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    private static readonly PrivacyService Service = new(1, new Address("1 High St", "Seymour", "VIC", "3660"), true, 2, 3, 4);

    private static readonly PrivacyOfficer Officer = new("Citizen", "Jane", "Case worker", "0355501234", "jane@agency.example", "Sam Manager");

    [Fact]
    public void Start_NewDraft_HasAnUnguessableTokenAndExpiresInSevenDays()
    {
        var report = PrivacyReport.Start(Now);

        Assert.Equal(PrivacyReportStatus.Draft, report.Status);
        Assert.Equal(PrivacyReport.TokenLength, report.Token.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", report.Token);
        Assert.Equal(Now.AddDays(7), report.ExpiresAt);
        Assert.Null(report.ReportNumber);
    }

    [Fact]
    public void NewToken_TwoCalls_Differ()
    {
        Assert.NotEqual(PrivacyReport.NewToken(), PrivacyReport.NewToken());
    }

    [Fact]
    public void IsExpired_BeforeAndAtExpiry_FalseThenTrue()
    {
        var report = PrivacyReport.Start(Now);

        Assert.False(report.IsExpired(Now.AddDays(7).AddTicks(-1)));
        Assert.True(report.IsExpired(Now.AddDays(7)));
    }

    [Fact]
    public void SetService_Draft_SavesRenewsVersionAndExtendsExpiry()
    {
        var report = PrivacyReport.Start(Now);
        var version = report.Version;

        var result = report.SetService(Service, Now.AddDays(3));

        Assert.False(result.Failed);
        Assert.Equal(Service, report.Service);
        Assert.NotEqual(version, report.Version);
        Assert.Equal(Now.AddDays(10), report.ExpiresAt);
        Assert.Equal(Now.AddDays(3), report.UpdatedAt);
    }

    [Fact]
    public void SetOfficer_Draft_Saves()
    {
        var report = PrivacyReport.Start(Now);

        Assert.False(report.SetOfficer(Officer, Now).Failed);
        Assert.Equal(Officer, report.Officer);
    }

    [Fact]
    public void SetService_ExpiredDraft_FailsAndChangesNothing()
    {
        var report = PrivacyReport.Start(Now);

        var result = report.SetService(Service, Now.AddDays(8));

        Assert.Equal(PrivacyErrors.Expired, result.Error);
        Assert.Null(report.Service);
    }

    [Fact]
    public void Touch_Later_ExtendsExpiry()
    {
        var report = PrivacyReport.Start(Now);

        report.Touch(Now.AddDays(6));

        Assert.False(report.IsExpired(Now.AddDays(12)));
    }

    [Fact]
    public void CanOpen_NewDraft_OnlyTheServiceStage()
    {
        var report = PrivacyReport.Start(Now);

        Assert.True(report.CanOpen(PrivacyStage.Service));
        Assert.False(report.CanOpen(PrivacyStage.Officer));
        Assert.Equal(PrivacyStage.Service, report.NextStage);
    }

    [Fact]
    public void CanOpen_ServiceAndOfficerSaved_OpensDatesButNotLater()
    {
        var report = PrivacyReport.Start(Now);
        report.SetService(Service, Now).MustSucceed();
        report.SetOfficer(Officer, Now).MustSucceed();

        Assert.True(report.CanOpen(PrivacyStage.Officer));
        Assert.True(report.CanOpen(PrivacyStage.Dates));
        Assert.False(report.CanOpen(PrivacyStage.Description));
        Assert.Equal(PrivacyStage.Dates, report.NextStage);
    }

    [Fact]
    public void CanOpen_OfficerWithoutService_StillLocksDates()
    {
        var report = PrivacyReport.Start(Now);
        report.SetOfficer(Officer, Now).MustSucceed();

        Assert.False(report.CanOpen(PrivacyStage.Dates));
        Assert.Equal(PrivacyStage.Service, report.NextStage);
    }
}
