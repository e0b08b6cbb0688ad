using Cims.Domain.Investigations;
using static Cims.Domain.Tests.Investigations.InvestigationTestData;
using static Cims.Domain.Tests.Investigations.InvestigationTimeTestData;

namespace Cims.Domain.Tests.Investigations;

public sealed class InvestigationHoldTests
{
    [Fact]
    public void ResumeFromHold_OverChristmasAndNewYear_MovesTheDueDateByTheBusinessDaysOnHold()
    {
        var investigation = DueOn(new DateOnly(2027, 1, 18));
        investigation.PauseForPolice("Police asked us to wait until they interview the staff member.", Department, At(2026, 12, 23)).MustSucceed();

        investigation.ResumeFromHold(Department, Rules, At(2027, 1, 5)).MustSucceed();

        // On hold: 24, 29, 30, 31 December and 4, 5 January (Christmas, the Boxing Day Monday and New Year's Day are holidays).
        var hold = Assert.Single(investigation.Holds);
        Assert.Equal(6, hold.BusinessDaysOnHold);
        // From Monday 18 January: 19–22, 25 and (after Australia Day, 26 January) Wednesday 27 January.
        Assert.Equal(new DateOnly(2027, 1, 27), investigation.DueDay());
        Assert.Equal(new TimeSpan(23, 59, 59), TimeZoneInfo.ConvertTime(investigation.DueAt!.Value, Melbourne).TimeOfDay);
        Assert.False(investigation.IsOnHold);
        Assert.Contains("moved 6 business days", investigation.DueRule);
        var resumed = investigation.History[^1];
        Assert.Equal(("Resumed after police hold", "Sam Staff"), (resumed.What, resumed.ByName));
        Assert.Contains("from 18/01/2027 to 27/01/2027", resumed.Reason);
    }

    [Fact]
    public void ResumeFromHold_OverEaster_SkipsGoodFridayAndEasterMonday()
    {
        var investigation = DueOn(new DateOnly(2027, 4, 22));
        investigation.PauseForPolice("Police request.", Department, At(2027, 3, 25)).MustSucceed();

        investigation.ResumeFromHold(Department, Rules, At(2027, 4, 1)).MustSucceed();

        // Good Friday 26 March, the weekend and Easter Monday 29 March do not count: 30, 31 March and 1 April.
        Assert.Equal(3, investigation.Holds[0].BusinessDaysOnHold);
        Assert.Equal(new DateOnly(2027, 4, 27), investigation.DueDay());
    }

    [Fact]
    public void ResumeFromHold_SameDay_MovesNothing()
    {
        var investigation = DueOn(new DateOnly(2026, 12, 18));
        investigation.PauseForPolice("Police request.", Department, At(2026, 12, 1)).MustSucceed();

        investigation.ResumeFromHold(Department, Rules, At(2026, 12, 1).AddHours(5)).MustSucceed();

        Assert.Equal(new DateOnly(2026, 12, 18), investigation.DueDay());
    }

    [Fact]
    public void PauseForPolice_WithReason_IsOnHoldWithHistory()
    {
        var investigation = DueOn(new DateOnly(2026, 12, 18));

        investigation.PauseForPolice("  Police asked us to wait.  ", Department, At(2026, 12, 1)).MustSucceed();

        Assert.True(investigation.IsOnHold);
        Assert.Equal("Police asked us to wait.", investigation.CurrentHold!.Reason);
        var paused = investigation.History[^1];
        Assert.Equal(("On hold at police request", InvestigationStatus.PlanInPreparation, "Police asked us to wait."), (paused.What, paused.To, paused.Reason));
    }

    [Fact]
    public void PauseForPolice_NoReason_IsRefused()
    {
        var investigation = DueOn(new DateOnly(2026, 12, 18));

        Assert.Equal(InvestigationErrors.ReasonRequired, investigation.PauseForPolice(" ", Department, At(2026, 12, 1)).Error);
        Assert.False(investigation.IsOnHold);
    }

    [Fact]
    public void PauseForPolice_AlreadyOnHold_IsRefused()
    {
        var investigation = DueOn(new DateOnly(2026, 12, 18));
        investigation.PauseForPolice("Police request.", Department, At(2026, 12, 1)).MustSucceed();

        Assert.Equal(ClockErrors.Investigation.AlreadyOnHold, investigation.PauseForPolice("Again.", Department, At(2026, 12, 2)).Error);
        Assert.Single(investigation.Holds);
    }

    [Fact]
    public void PauseForPolice_Withdrawn_IsRefused()
    {
        var investigation = DueOn(new DateOnly(2026, 12, 18));
        investigation.Withdraw(Staff, "No longer needed.", At(2026, 12, 1)).MustSucceed();

        Assert.Equal(ClockErrors.Investigation.Closed, investigation.PauseForPolice("Police request.", Department, At(2026, 12, 1)).Error);
    }

    [Fact]
    public void ResumeFromHold_NotOnHold_IsRefused()
    {
        var investigation = DueOn(new DateOnly(2026, 12, 18));

        Assert.Equal(ClockErrors.Investigation.NotOnHold, investigation.ResumeFromHold(Department, Rules, At(2026, 12, 1)).Error);
        Assert.Equal(new DateOnly(2026, 12, 18), investigation.DueDay());
    }
}
