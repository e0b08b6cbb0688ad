using Cims.Domain.Incidents;
using Cims.Domain.Privacy;

namespace Cims.Domain.Tests.Privacy;

public sealed class PrivacyReportSubmissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SetDates_DisclosedInTheFuture_FailsAndChangesNothing()
    {
        var report = PrivacyReport.Start(Now);

        var result = report.SetDates(Dates(Now.AddMinutes(1)), Now);

        Assert.Equal(PrivacyErrors.DisclosedInFuture, result.Error);
        Assert.Null(report.Dates);
    }

    [Fact]
    public void AddPerson_TenthThenEleventh_TenthSavedEleventhRefused()
    {
        var report = PrivacyReport.Start(Now);
        for (var i = 1; i <= 9; i++)
            report.AddPerson(Person($"P{i}"), Now).MustSucceed();

        Assert.False(report.AddPerson(Person("P10"), Now).Failed);
        Assert.Equal(PrivacyErrors.TooManyPeople, report.AddPerson(Person("P11"), Now).Error);
        Assert.Equal(10, report.People.Count);
        Assert.Equal(10, report.People[^1].Position);
    }

    [Fact]
    public void RemovePerson_First_RenumbersTheRest()
    {
        var report = PrivacyReport.Start(Now);
        report.AddPerson(Person("First"), Now).MustSucceed();
        report.AddPerson(Person("Second"), Now).MustSucceed();

        Assert.False(report.RemovePerson(report.People[0].Id, Now).Failed);

        Assert.Equal("Second", Assert.Single(report.People).Surname);
        Assert.Equal(1, report.People[0].Position);
    }

    [Fact]
    public void UpdatePerson_UnknownId_FailsWithPersonNotFound()
    {
        var report = PrivacyReport.Start(Now);
        report.AddPerson(Person("Only"), Now).MustSucceed();

        Assert.Equal(PrivacyErrors.PersonNotFound, report.UpdatePerson(999, Person("Other"), Now).Error);
        Assert.Equal("Only", report.People[0].Surname);
    }

    [Fact]
    public void IsReadyToDeclare_PeopleRemoved_FalseAndSubmitRefused()
    {
        var report = Complete(breach: true);
        report.RemovePerson(report.People[0].Id, Now).MustSucceed();

        Assert.False(report.IsReadyToDeclare);
        Assert.Equal(PrivacyErrors.Incomplete, report.Submit("PIR-2026-000001", Now.AddDays(1), Now).Error);
        Assert.Equal(PrivacyReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Submit_BreachYes_WaitsForAssessmentWithNumberAndDue()
    {
        var report = Complete(breach: true);

        Assert.False(report.Submit("PIR-2026-000001", Now.AddDays(1), Now).Failed);

        Assert.Equal(PrivacyReportStatus.Submitted, report.Status);
        Assert.Equal("PIR-2026-000001", report.ReportNumber);
        Assert.Equal(Now, report.SubmittedAt);
        Assert.True(report.IsOpen);
        Assert.True(report.SubmittedOnTime);
        Assert.Equal(PrivacyActivityKind.Submitted, Assert.Single(report.Activity).Kind);
    }

    [Fact]
    public void Submit_BreachNo_ClosedWithTheReportersAnswerAsReason()
    {
        var report = Complete(breach: false);

        report.Submit("PIR-2026-000002", Now.AddDays(1), Now).MustSucceed();

        Assert.Equal(PrivacyReportStatus.Closed, report.Status);
        Assert.Equal(PrivacyReport.NoBreachReason, report.ClosureReason);
        Assert.Equal(PrivacyOutcomes.NoBreach, report.Outcome);
        Assert.Equal([PrivacyActivityKind.Submitted, PrivacyActivityKind.Closed], report.Activity.Select(a => a.Kind));
    }

    [Fact]
    public void Submit_Twice_SecondRefusedAndNumberKept()
    {
        var report = Complete(breach: true);
        report.Submit("PIR-2026-000003", Now.AddDays(1), Now).MustSucceed();

        Assert.Equal(PrivacyErrors.NotADraft, report.Submit("PIR-2026-000004", Now.AddDays(1), Now).Error);
        Assert.Equal("PIR-2026-000003", report.ReportNumber);
    }

    [Fact]
    public void Submit_AfterTheDueTime_IsLate()
    {
        var report = Complete(breach: true);

        report.Submit("PIR-2026-000005", Now.AddHours(-1), Now).MustSucceed();

        Assert.False(report.SubmittedOnTime);
    }

    [Fact]
    public void SetContainment_AfterSubmission_Refused()
    {
        var report = Complete(breach: true);
        report.Submit("PIR-2026-000006", Now.AddDays(1), Now).MustSucceed();

        Assert.Equal(PrivacyErrors.NotADraft, report.SetContainment(Containment(false), Now).Error);
        Assert.True(report.Containment!.BreachOccurred);
    }

    [Fact]
    public void CanShowReceipt_WithinADayOfSubmission_ThenNot()
    {
        var report = Complete(breach: true);
        Assert.False(report.CanShowReceipt(Now));
        report.Submit("PIR-2026-000007", Now.AddDays(1), Now).MustSucceed();

        Assert.True(report.CanShowReceipt(Now.AddHours(23)));
        Assert.False(report.CanShowReceipt(Now.AddHours(24)));
    }

    [Fact]
    public void TokenValidUntil_DraftThenSubmitted_DraftExpiryThenReceiptLifetime()
    {
        var report = Complete(breach: true);
        Assert.Equal(report.ExpiresAt, report.TokenValidUntil);
        Assert.True(report.IsOpenToTokenHolder(report.ExpiresAt.AddTicks(-1)));
        Assert.False(report.IsOpenToTokenHolder(report.ExpiresAt));

        report.Submit("PIR-2026-000008", Now.AddDays(1), Now).MustSucceed();

        Assert.Equal(Now + PrivacyReport.ReceiptLifetime, report.TokenValidUntil);
        Assert.True(report.IsOpenToTokenHolder(Now.AddHours(23)));
        Assert.False(report.IsOpenToTokenHolder(Now.AddHours(24)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    public void IsWellFormedToken_NotATokensLength_False(string? token)
    {
        Assert.False(PrivacyReport.IsWellFormedToken(token));
    }

    [Fact]
    public void IsWellFormedToken_NewToken_True()
    {
        Assert.True(PrivacyReport.IsWellFormedToken(PrivacyReport.NewToken()));
    }

    internal static PrivacyReport Complete(bool breach)
    {
        var report = PrivacyReport.Start(Now.AddHours(-1));
        report.SetService(new PrivacyService(1, new Address("1 High St", "Seymour", "VIC", "3660"), true, 2, 3, 4), Now).MustSucceed();
        report.SetOfficer(new PrivacyOfficer("Citizen", "Jane", "Case worker", "0355501234", "jane@agency.example", "Sam Manager"), Now).MustSucceed();
        report.SetDates(Dates(Now.AddHours(-2)), Now).MustSucceed();
        report.SetDescription(new PrivacyDescription("Reception", "A letter went to the wrong address."), Now).MustSucceed();
        report.AddPerson(Person("Client"), Now).MustSucceed();
        report.SetContainment(Containment(breach), Now).MustSucceed();
        return report;
    }

    private static PrivacyDates Dates(DateTimeOffset disclosed) => new(new DateOnly(2026, 11, 22), "EXACT", new TimeOnly(9, 15), "EXACT", disclosed);

    private static PrivacyContainment Containment(bool breach) =>
        new(["NAME"], null, ["LINEMANAGER"], null, "CONTAINED", false, breach, null);

    private static PrivacyPerson Person(string surname) => new()
    {
        IdentifierType = "CRIS",
        Identifier = "123",
        Surname = surname,
        GivenName = "Alex",
        Sex = "2",
        IndigenousStatus = "4",
        Relationship = "CLIENT",
        SafetyNeedsMet = "YES",
        Principles = ["IPP2"],
    };
}
