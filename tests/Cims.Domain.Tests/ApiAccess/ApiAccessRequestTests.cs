using Cims.Domain.ApiAccess;
using Cims.Domain.Common;
using Cims.Domain.Incidents;

namespace Cims.Domain.Tests.ApiAccess;

public sealed class ApiAccessRequestTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 1, 0, 0, TimeSpan.Zero);
    private static readonly Actor OrgAdmin = new("u-org", "Olive Admin");
    private static readonly Actor CimsAdmin = new("u-cims", "Casey Administrator");

    private static ApiAccessDetails Details(params string[] scopes) => new(
        "  CareLink  ", " Acme Software ", "Pat Contact", "pat@acme.example", " ", scopes.Length == 0 ? [ApiAccessScopes.IncidentsWrite] : scopes,
        "Send endorsed reports from our case system.");

    private static ApiAccessRequest Requested() => ApiAccessRequest.Submit(7, Details(), OrgAdmin, At).MustSucceed();

    [Fact]
    public void Submit_ScopesAndText_RequestedTrimmedScopesInOfferedOrder()
    {
        var request = ApiAccessRequest.Submit(7, Details(ApiAccessScopes.ReferenceRead, ApiAccessScopes.IncidentsWrite), OrgAdmin, At).MustSucceed();

        Assert.Equal(ApiAccessStatus.Requested, request.Status);
        Assert.Equal(7, request.OrganisationId);
        Assert.Equal("CareLink", request.SystemName);
        Assert.Equal("Acme Software", request.Vendor);
        Assert.Null(request.ContactPhone);
        Assert.Equal("incidents:write reference:read", request.Scopes);
        Assert.Equal(("u-org", "Olive Admin", At), (request.RequestedByUserId, request.RequestedByName, request.RequestedAt));
        Assert.Empty(request.History);
    }

    [Fact]
    public void Submit_NoScopes_NoScopesError()
    {
        var result = ApiAccessRequest.Submit(7, Details() with { Scopes = [] }, OrgAdmin, At);

        Assert.Equal(ApiAccessErrors.NoScopes, result.Error);
    }

    [Fact]
    public void Submit_ScopeNotOffered_UnknownScopeError()
    {
        var result = ApiAccessRequest.Submit(7, Details(ApiAccessScopes.IncidentsRead, "admin:everything"), OrgAdmin, At);

        Assert.Equal(ApiAccessErrors.UnknownScope, result.Error);
    }

    [Fact]
    public void Approve_Requested_ApprovedWithTheClientAndTheMoveRecorded()
    {
        var request = Requested();
        var version = request.Version;

        var result = request.Approve("cims-0011223344556677", CimsAdmin, At.AddHours(2));

        Assert.False(result.Failed);
        Assert.Equal(ApiAccessStatus.Approved, request.Status);
        Assert.Equal("cims-0011223344556677", request.ClientId);
        Assert.Equal(At.AddHours(2), request.DecidedAt);
        Assert.Equal("Casey Administrator", request.DecidedByName);
        Assert.NotEqual(version, request.Version);
        var move = Assert.Single(request.History);
        Assert.Equal((ApiAccessStatus.Requested, ApiAccessStatus.Approved, "u-cims", "Casey Administrator", At.AddHours(2), (string?)null),
            (move.From, move.To, move.ByUserId, move.ByName, move.At, move.Reason));
    }

    [Theory]
    [InlineData(ApiAccessStatus.Approved)]
    [InlineData(ApiAccessStatus.Declined)]
    [InlineData(ApiAccessStatus.Withdrawn)]
    public void Approve_NotRequested_NotPendingAndNothingChanged(ApiAccessStatus status)
    {
        var request = InStatus(status);
        var (version, moves) = (request.Version, request.History.Count);

        var result = request.Approve("cims-ffff", CimsAdmin, At.AddDays(1));

        AssertRefused(result, status, request, version, moves);
    }

    [Fact]
    public void Approve_NoClient_Refused()
    {
        var request = Requested();

        Assert.Equal(ApiAccessErrors.ClientIdRequired, request.Approve(" ", CimsAdmin, At).Error);
        Assert.Equal(ApiAccessStatus.Requested, request.Status);
    }

    [Fact]
    public void Decline_RequestedWithReason_DeclinedWithTheReasonRecorded()
    {
        var request = Requested();

        var result = request.Decline("  The vendor has not passed the security review yet.  ", CimsAdmin, At.AddHours(1));

        Assert.False(result.Failed);
        Assert.Equal(ApiAccessStatus.Declined, request.Status);
        Assert.Equal("The vendor has not passed the security review yet.", request.Reason);
        Assert.Null(request.ClientId);
        var move = Assert.Single(request.History);
        Assert.Equal((ApiAccessStatus.Requested, ApiAccessStatus.Declined, "The vendor has not passed the security review yet."), (move.From, move.To, move.Reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Decline_NoReason_ReasonRequiredAndStillRequested(string? reason)
    {
        var request = Requested();

        var result = request.Decline(reason, CimsAdmin, At);

        Assert.Equal(ApiAccessErrors.ReasonRequired, result.Error);
        Assert.Equal("Reason", result.Error!.Field);
        Assert.Equal(ApiAccessStatus.Requested, request.Status);
        Assert.Empty(request.History);
    }

    [Fact]
    public void Decline_ReasonTooLong_Refused()
    {
        var request = Requested();

        Assert.Equal(ApiAccessErrors.ReasonTooLong, request.Decline(new string('x', ApiAccessRequest.ReasonMaxLength + 1), CimsAdmin, At).Error);
        Assert.Equal(ApiAccessStatus.Requested, request.Status);
    }

    [Theory]
    [InlineData(ApiAccessStatus.Approved)]
    [InlineData(ApiAccessStatus.Declined)]
    [InlineData(ApiAccessStatus.Withdrawn)]
    public void Decline_NotRequested_NotPendingAndNothingChanged(ApiAccessStatus status)
    {
        var request = InStatus(status);
        var (version, moves) = (request.Version, request.History.Count);

        var result = request.Decline("Too late.", CimsAdmin, At.AddDays(1));

        AssertRefused(result, status, request, version, moves);
    }

    [Fact]
    public void Withdraw_Requested_WithdrawnByTheRequester()
    {
        var request = Requested();

        var result = request.Withdraw(OrgAdmin, At.AddMinutes(5));

        Assert.False(result.Failed);
        Assert.Equal(ApiAccessStatus.Withdrawn, request.Status);
        var move = Assert.Single(request.History);
        Assert.Equal((ApiAccessStatus.Requested, ApiAccessStatus.Withdrawn, "u-org", At.AddMinutes(5)), (move.From, move.To, move.ByUserId, move.At));
    }

    [Theory]
    [InlineData(ApiAccessStatus.Approved)]
    [InlineData(ApiAccessStatus.Declined)]
    [InlineData(ApiAccessStatus.Withdrawn)]
    public void Withdraw_NotRequested_NotPendingAndNothingChanged(ApiAccessStatus status)
    {
        var request = InStatus(status);
        var (version, moves) = (request.Version, request.History.Count);

        var result = request.Withdraw(OrgAdmin, At.AddDays(1));

        AssertRefused(result, status, request, version, moves);
    }

    [Fact]
    public void NotPending_IsAConflictNamingTheStatus()
    {
        var error = ApiAccessErrors.NotPending(ApiAccessStatus.Declined);

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal("api_access.not_pending", error.Code);
        Assert.Contains("declined", error.Message, StringComparison.Ordinal);
    }

    private static ApiAccessRequest InStatus(ApiAccessStatus status)
    {
        var request = Requested();
        var moved = status switch
        {
            ApiAccessStatus.Approved => request.Approve("cims-0001", CimsAdmin, At.AddHours(1)),
            ApiAccessStatus.Declined => request.Decline("No.", CimsAdmin, At.AddHours(1)),
            ApiAccessStatus.Withdrawn => request.Withdraw(OrgAdmin, At.AddHours(1)),
            _ => Result.Ok(),
        };
        moved.MustSucceed();
        return request;
    }

    private static void AssertRefused(Result result, ApiAccessStatus status, ApiAccessRequest request, Guid version, int moves)
    {
        Assert.Equal(ApiAccessErrors.NotPending(status), result.Error);
        Assert.Equal(status, request.Status);
        Assert.Equal(version, request.Version);
        Assert.Equal(moves, request.History.Count);
    }
}
