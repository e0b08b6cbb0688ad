using Cims.Domain.Reference;

namespace Cims.Domain.Tests.Reference;

public sealed class ReferenceItemTests
{
    private static Division Bounded() => Edited(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

    private static Division Edited(DateOnly? from, DateOnly? to)
    {
        var division = Division.Create("North", 0);
        division.Edit("North", 0, from, to);
        return division;
    }

    [Theory]
    [InlineData(2025, 12, 31, false)]
    [InlineData(2026, 1, 1, true)]
    [InlineData(2026, 3, 15, true)]
    [InlineData(2026, 6, 30, true)]
    [InlineData(2026, 7, 1, false)]
    public void IsValidOn_BoundedItem_BoundsAreInclusive(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, Bounded().IsValidOn(new DateOnly(year, month, day)));

    [Fact]
    public void IsValidOn_NoBounds_AlwaysValid()
    {
        var division = Division.Create("North", 0);

        Assert.True(division.IsValidOn(DateOnly.MinValue));
        Assert.True(division.IsValidOn(DateOnly.MaxValue));
    }

    [Fact]
    public void IsValidOn_OnlyValidTo_ValidUntilThatDay()
    {
        var division = Edited(null, new DateOnly(2026, 6, 30));

        Assert.True(division.IsValidOn(new DateOnly(2000, 1, 1)));
        Assert.False(division.IsValidOn(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void Edit_NewValues_TrimsNameAndRenewsVersion()
    {
        var division = Division.Create("North", 0);
        var version = division.Version;

        division.Edit("  North West ", 3, null, new DateOnly(2027, 1, 1));

        Assert.Equal("North West", division.Name);
        Assert.Equal(3, division.SortOrder);
        Assert.Equal(new DateOnly(2027, 1, 1), division.ValidTo);
        Assert.NotEqual(version, division.Version);
    }

    [Fact]
    public void SetFlags_IncidentType_ChangesFlagsAndVersion()
    {
        var type = IncidentType.Create(1, "Neglect", 0, new(true, true, false, true));
        var version = type.Version;

        type.SetFlags(new(false, false, true, false));

        Assert.Equal((false, false, true, false),
            (type.IsAbuseType, type.RequiresInvestigationWhenMajor, type.RequiresReviewWhenMajor, type.IsConfirmed));
        Assert.NotEqual(version, type.Version);
    }

    [Fact]
    public void Label_Area_DivisionDashArea() =>
        Assert.Equal("North – Mallee", Area.Label("North", "Mallee"));
}
