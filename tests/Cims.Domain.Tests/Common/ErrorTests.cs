using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Organisations;
using Cims.Domain.Privacy;

namespace Cims.Domain.Tests.Common;

public sealed class ErrorTests
{
    [Fact]
    public void Constructor_NoKind_IsFailure()
    {
        var error = new Error("thing.broken", "It broke.");

        Assert.Equal(ErrorKind.Failure, error.Kind);
        Assert.False(error.IsNotFound);
    }

    [Fact]
    public void NotFound_CodeMessageField_KindNotFoundAndValuesKept()
    {
        var error = Error.NotFound("thing.not_found", "No such thing.", "Thing");

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.True(error.IsNotFound);
        Assert.Equal(("thing.not_found", "No such thing.", "Thing"), (error.Code, error.Message, error.Field));
    }

    [Fact]
    public void Equality_SameCodeDifferentKind_NotEqual() =>
        Assert.NotEqual(new Error("thing.not_found", "No such thing."), Error.NotFound("thing.not_found", "No such thing."));

    [Fact]
    public void NotFound_DomainNotFoundErrors_AreKindNotFound()
    {
        Assert.True(IncidentErrors.NotFound(7).IsNotFound);
        Assert.True(OrganisationErrors.NotFound(7).IsNotFound);
    }

    [Fact]
    public void Kind_RuleErrors_AreFailures()
    {
        Assert.Equal(ErrorKind.Failure, IncidentErrors.Incomplete.Kind);
        Assert.Equal(ErrorKind.Failure, PrivacyErrors.Stale.Kind);
        Assert.Equal(ErrorKind.Failure, PrivacyErrors.PersonNotFound.Kind);
    }
}
