using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using static Cims.Domain.Tests.Investigations.InvestigationTestData;
using static Cims.Domain.Tests.Investigations.InvestigationTimeTestData;

namespace Cims.Domain.Tests.Investigations;

public sealed class InvestigationExtensionTests
{
    private static readonly DateOnly Due = new(2026, 12, 18);

    [Fact]
    public void RequestExtension_WithinTheLimit_IsPendingWithHistory()
    {
        var investigation = DueOn(Due);

        investigation.RequestExtension(new DateOnly(2027, 1, 29), "Police asked us to wait.", Manager, Rules, At(2026, 12, 14)).MustSucceed();

        var request = Assert.Single(investigation.Extensions);
        Assert.Equal((ExtensionStatus.Pending, new DateOnly(2027, 1, 29), "Alex Investigator"), (request.Status, request.RequestedDueOn, request.RequestedByName));
        Assert.Equal(Due, investigation.DueDay());
        Assert.False(investigation.CanRequestExtension);
        var requested = investigation.History[^1];
        Assert.Equal("Extension requested", requested.What);
        Assert.Contains("From 18/12/2026 to 29/01/2027", requested.Reason);
    }

    [Fact]
    public void RequestExtension_WithADocument_KeepsItWithTheRequest_AnotherIncidentsFileIsABug()
    {
        var investigation = DueOn(Due);
        var document = IncidentAttachment.Create(investigation.IncidentId, "request.pdf", "application/pdf", [1, 2, 3], null, Manager, At(2026, 12, 14));
        var stranger = IncidentAttachment.Create(investigation.IncidentId + 1, "other.pdf", "application/pdf", [1], null, Manager, At(2026, 12, 14));

        investigation.RequestExtension(new DateOnly(2027, 1, 8), "Wait.", Manager, Rules, At(2026, 12, 14), document).MustSucceed();

        Assert.Equal(("request.pdf", document), (investigation.Extensions[0].DocumentName, investigation.Extensions[0].Document));
        Assert.EndsWith("Document: request.pdf.", investigation.History[^1].Reason);
        Assert.Throws<ArgumentException>(() => DueOn(Due).RequestExtension(new DateOnly(2027, 1, 8), "Wait.", Manager, Rules, At(2026, 12, 14), stranger));
    }

    [Fact]
    public void RequestExtension_SixtyBusinessDaysIsTheLimit_ANextBusinessDayIsRefused()
    {
        var latest = Rules.LatestExtension(Due);
        Assert.Equal(60, Rules.Calendar.BusinessDaysBetween(Due, latest));
        var dayAfter = Rules.Calendar.AddBusinessDays(latest, 1);

        var refused = DueOn(Due).RequestExtension(dayAfter, "Long wait.", Manager, Rules, At(2026, 12, 14));
        var investigation = DueOn(Due);
        investigation.RequestExtension(latest, "Long wait.", Manager, Rules, At(2026, 12, 14)).MustSucceed();

        Assert.Equal("investigation.extension_too_long", refused.Error!.Code);
        Assert.Contains("at most 60 business days", refused.Error.Message);
    }

    [Fact]
    public void RequestExtension_LimitCountsBusinessDaysOverChristmas()
    {
        var rules = Rules with { MaxExtensionBusinessDays = 5 };
        var investigation = DueOn(new DateOnly(2026, 12, 24));

        // 29, 30, 31 December, 4 and 5 January: 25 and 28 December and 1 January are holidays.
        Assert.Equal(new DateOnly(2027, 1, 5), rules.LatestExtension(new DateOnly(2026, 12, 24)));
        Assert.Equal("investigation.extension_too_long", investigation.RequestExtension(new DateOnly(2027, 1, 6), "Wait.", Manager, rules, At(2026, 12, 14)).Error!.Code);
        investigation.RequestExtension(new DateOnly(2027, 1, 5), "Wait.", Manager, rules, At(2026, 12, 14)).MustSucceed();
    }

    [Theory]
    [InlineData(2026, 12, 25, "investigation.due_not_business_day")]
    [InlineData(2026, 12, 19, "investigation.due_not_business_day")]
    [InlineData(2026, 12, 18, "investigation.due_not_later")]
    [InlineData(2026, 12, 10, "investigation.due_not_later")]
    public void RequestExtension_DateNotAcceptable_IsRefused(int year, int month, int day, string code)
    {
        var investigation = DueOn(Due);

        var result = investigation.RequestExtension(new DateOnly(year, month, day), "Wait.", Manager, Rules, At(2026, 12, 1));

        Assert.Equal((code, ClockErrors.DueField), (result.Error!.Code, result.Error.Field));
        Assert.Empty(investigation.Extensions);
    }

    [Fact]
    public void RequestExtension_NoReasonOrNoDate_IsRefused()
    {
        var investigation = DueOn(Due);

        Assert.Equal(InvestigationErrors.ReasonRequired, investigation.RequestExtension(new DateOnly(2027, 1, 8), "", Manager, Rules, At(2026, 12, 1)).Error);
        Assert.Equal(ClockErrors.Investigation.DueDateRequired, investigation.RequestExtension(null, "Wait.", Manager, Rules, At(2026, 12, 1)).Error);
    }

    [Fact]
    public void RequestExtension_OnePending_ASecondIsRefused()
    {
        var investigation = DueOn(Due);
        investigation.RequestExtension(new DateOnly(2027, 1, 8), "Wait.", Manager, Rules, At(2026, 12, 1)).MustSucceed();

        Assert.Equal(ClockErrors.Investigation.ExtensionPending, investigation.RequestExtension(new DateOnly(2027, 1, 11), "Wait.", Manager, Rules, At(2026, 12, 1)).Error);
    }

    [Fact]
    public void RequestExtension_Withdrawn_IsRefused()
    {
        var investigation = DueOn(Due);
        investigation.Withdraw(Staff, "Not needed.", At(2026, 12, 1)).MustSucceed();

        Assert.Equal(ClockErrors.Investigation.Closed, investigation.RequestExtension(new DateOnly(2027, 1, 8), "Wait.", Manager, Rules, At(2026, 12, 1)).Error);
    }

    [Fact]
    public void ApproveExtension_AsRequested_MovesTheDueDateAndRule()
    {
        var investigation = DueOn(Due);
        investigation.RequestExtension(new DateOnly(2027, 1, 29), "Wait.", Manager, Rules, At(2026, 12, 14)).MustSucceed();

        investigation.ApproveExtension(null, Department, Rules, At(2026, 12, 15)).MustSucceed();

        Assert.Equal(new DateOnly(2027, 1, 29), investigation.DueDay());
        Assert.Equal(ExtensionStatus.Approved, investigation.Extensions[0].Status);
        Assert.Contains("Extended by the department on 15/12/2026 to the end of 29/01/2027", investigation.DueRule);
        Assert.Equal(("Extension approved", "Sam Staff"), (investigation.History[^1].What, investigation.History[^1].ByName));
        Assert.True(investigation.CanRequestExtension);
    }

    [Fact]
    public void ApproveExtension_EarlierDate_IsAllowed_LaterThanAskedIsRefused()
    {
        var investigation = DueOn(Due);
        investigation.RequestExtension(new DateOnly(2027, 1, 29), "Wait.", Manager, Rules, At(2026, 12, 14)).MustSucceed();

        Assert.Equal("investigation.approval_beyond_request", investigation.ApproveExtension(new DateOnly(2027, 2, 1), Department, Rules, At(2026, 12, 15)).Error!.Code);
        investigation.ApproveExtension(new DateOnly(2027, 1, 15), Department, Rules, At(2026, 12, 15)).MustSucceed();

        Assert.Equal((new DateOnly(2027, 1, 15), new DateOnly(2027, 1, 15)), (investigation.DueDay(), investigation.Extensions[0].ApprovedDueOn!.Value));
    }

    [Fact]
    public void ApproveExtension_NothingPending_IsRefused()
    {
        var investigation = DueOn(Due);

        Assert.Equal(ClockErrors.Investigation.NoPendingExtension, investigation.ApproveExtension(null, Department, Rules, At(2026, 12, 15)).Error);
        Assert.Equal(ClockErrors.Investigation.NoPendingExtension, investigation.DeclineExtension("No.", Department, At(2026, 12, 15)).Error);
    }

    [Fact]
    public void DeclineExtension_WithReason_KeepsTheDueDate_NoReasonIsRefused()
    {
        var investigation = DueOn(Due);
        investigation.RequestExtension(new DateOnly(2027, 1, 29), "Wait.", Manager, Rules, At(2026, 12, 14)).MustSucceed();

        Assert.Equal(InvestigationErrors.ReasonRequired, investigation.DeclineExtension(" ", Department, At(2026, 12, 15)).Error);
        investigation.DeclineExtension("Police no longer need the wait.", Department, At(2026, 12, 15)).MustSucceed();

        Assert.Equal(Due, investigation.DueDay());
        Assert.Equal((ExtensionStatus.Declined, "Police no longer need the wait."), (investigation.Extensions[0].Status, investigation.Extensions[0].DeclineReason));
        Assert.Equal(("Extension declined", "Police no longer need the wait."), (investigation.History[^1].What, investigation.History[^1].Reason));
        Assert.True(investigation.CanRequestExtension);
    }

    [Fact]
    public void RequestExtension_AfterTheExtendedDatePassed_IsOverdueUntilASecondRequestIsApproved()
    {
        var investigation = DueOn(Due);
        investigation.RequestExtension(new DateOnly(2027, 1, 8), "Wait.", Manager, Rules, At(2026, 12, 14)).MustSucceed();
        investigation.ApproveExtension(null, Department, Rules, At(2026, 12, 15)).MustSucceed();
        var later = At(2027, 1, 12);

        // Nothing rolls on: the extended date has passed and the investigation is overdue.
        Assert.True(investigation.DueAt < later);
        Assert.Equal(new DateOnly(2027, 1, 8), investigation.DueDay());
        Assert.Equal(ClockErrors.Investigation.InThePast, investigation.RequestExtension(new DateOnly(2027, 1, 11), "Still waiting.", Manager, Rules, later).Error);
        investigation.RequestExtension(new DateOnly(2027, 2, 5), "Still waiting for police.", Manager, Rules, later).MustSucceed();
        investigation.ApproveExtension(null, Department, Rules, later).MustSucceed();

        Assert.Equal(new DateOnly(2027, 2, 5), investigation.DueDay());
        Assert.Equal(2, investigation.Extensions.Count(e => e.Status == ExtensionStatus.Approved));
    }
}
