using Cims.Domain.Organisations;

namespace Cims.Domain.Tests.Organisations;

public sealed class OrganisationTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static Organisation Agency() => Organisation.Create("  Agency One  ", "51 824 753 556", OrganisationKind.FundedAgency, At);

    [Fact]
    public void Create_NameAndAbnWithSpaces_TrimsAndNormalises()
    {
        var organisation = Agency();

        Assert.Equal("Agency One", organisation.Name);
        Assert.Equal("51824753556", organisation.Abn);
        Assert.True(organisation.IsActive);
        Assert.Equal(At, organisation.CreatedAt);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("51 824 753 556", "51824753556")]
    [InlineData(" 51824753556 ", "51824753556")]
    public void NormaliseAbn_Input_RemovesWhitespaceOrReturnsNull(string? input, string? expected) =>
        Assert.Equal(expected, Organisation.NormaliseAbn(input));

    [Fact]
    public void Deactivate_ActiveAgency_BecomesInactiveWithNewVersion()
    {
        var organisation = Agency();
        var version = organisation.Version;

        var result = organisation.Deactivate();

        Assert.False(result.Failed);
        Assert.False(organisation.IsActive);
        Assert.NotEqual(version, organisation.Version);
    }

    [Fact]
    public void Deactivate_Department_FailsAndStaysActive()
    {
        var department = Organisation.Create("Department", null, OrganisationKind.Department, At);

        var result = department.Deactivate();

        Assert.Equal(OrganisationErrors.DepartmentCannotBeDeactivated, result.Error);
        Assert.True(department.IsActive);
    }

    [Fact]
    public void Deactivate_AlreadyInactive_FailsWithoutChangingVersion()
    {
        var organisation = Agency();
        organisation.Deactivate().MustSucceed();
        var version = organisation.Version;

        var result = organisation.Deactivate();

        Assert.Equal(OrganisationErrors.AlreadyInactive, result.Error);
        Assert.Equal(version, organisation.Version);
    }

    [Fact]
    public void Reactivate_Inactive_BecomesActive()
    {
        var organisation = Agency();
        organisation.Deactivate().MustSucceed();

        var result = organisation.Reactivate();

        Assert.False(result.Failed);
        Assert.True(organisation.IsActive);
    }

    [Fact]
    public void Reactivate_AlreadyActive_Fails() =>
        Assert.Equal(OrganisationErrors.AlreadyActive, Agency().Reactivate().Error);

    [Fact]
    public void Update_NewNameAndAbn_ChangesThemAndVersion()
    {
        var organisation = Agency();
        var version = organisation.Version;

        organisation.Update(" Agency Uno ", " ");

        Assert.Equal("Agency Uno", organisation.Name);
        Assert.Null(organisation.Abn);
        Assert.NotEqual(version, organisation.Version);
    }

    [Fact]
    public void SetAreas_NewSet_AddsMissingRemovesOthersIgnoresDuplicates()
    {
        var organisation = Agency();
        organisation.SetAreas([1, 2, 3]);
        var version = organisation.Version;

        organisation.SetAreas([2, 3, 4, 4]);

        Assert.Equal([2, 3, 4], organisation.Areas.Select(a => a.AreaId).Order());
        Assert.NotEqual(version, organisation.Version);
    }

    [Fact]
    public void SetServiceTypes_NewSet_AddsMissingRemovesOthers()
    {
        var organisation = Agency();
        organisation.SetServiceTypes([5, 6]);
        var version = organisation.Version;

        organisation.SetServiceTypes([6, 7]);

        Assert.Equal([6, 7], organisation.ServiceTypes.Select(s => s.ServiceTypeId).Order());
        Assert.NotEqual(version, organisation.Version);
    }

    [Fact]
    public void SetServiceTypes_Empty_RemovesAll()
    {
        var organisation = Agency();
        organisation.SetServiceTypes([5, 6]);

        organisation.SetServiceTypes([]);

        Assert.Empty(organisation.ServiceTypes);
    }
}
