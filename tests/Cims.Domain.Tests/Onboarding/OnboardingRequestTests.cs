using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Onboarding;

namespace Cims.Domain.Tests.Onboarding;

public sealed class OnboardingRequestTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);
    private static readonly Actor CimsAdmin = new("u-cims", "Casey Administrator");

    private static OnboardingDetails Details() => new(
        " Harbour Care Ltd ", "51 824 753 556", [3, 1, 3], [9], new("Pat Contact", " pat@harbour.example "), " ",
        new("Ari Admin", "ari@harbour.example"), Declared: true);

    private static OnboardingRequest Requested() => OnboardingRequest.Submit(Details(), "hash", At).MustSucceed();

    [Fact]
    public void Submit_Details_RequestedTrimmedAbnDigitsSortedIds()
    {
        var request = Requested();

        Assert.Equal(OnboardingStatus.Requested, request.Status);
        Assert.Equal(("Harbour Care Ltd", "51824753556", "pat@harbour.example"), (request.LegalName, request.Abn, request.ContactEmail));
        Assert.Equal([1, 3], request.AreaIdList);
        Assert.Null(request.ContactPhone);
        Assert.Empty(request.History);
    }

    [Theory]
    [InlineData("51 824 753 557")]
    [InlineData("123")]
    public void Submit_BadAbn_InvalidAbnError(string abn) =>
        Assert.Equal(OnboardingErrors.InvalidAbn, OnboardingRequest.Submit(Details() with { Abn = abn }, "h", At).Error);

    [Fact]
    public void Submit_NotDeclared_NotDeclaredError() =>
        Assert.Equal(OnboardingErrors.NotDeclared, OnboardingRequest.Submit(Details() with { Declared = false }, "h", At).Error);

    [Fact]
    public void Submit_NoAreasOrTypes_NamedErrors()
    {
        Assert.Equal(OnboardingErrors.NoAreas, OnboardingRequest.Submit(Details() with { AreaIds = [] }, "h", At).Error);
        Assert.Equal(OnboardingErrors.NoServiceTypes, OnboardingRequest.Submit(Details() with { ServiceTypeIds = [] }, "h", At).Error);
    }

    [Fact]
    public void AskThenAnswer_Requested_WaitsForAnswerThenForDepartmentWithBothInHistory()
    {
        var request = Requested();
        var version = request.Version;

        request.AskForInformation(" Which programs? ", CimsAdmin, At).MustSucceed();
        Assert.Equal((OnboardingStatus.InformationRequested, "Which programs?"), (request.Status, request.Question));
        Assert.NotEqual(version, request.Version);
        request.Answer("Home care only.", At.AddHours(2)).MustSucceed();

        Assert.Equal(OnboardingStatus.Requested, request.Status);
        Assert.Null(request.Question);
        Assert.Equal(
            [(OnboardingStatus.Requested, OnboardingStatus.InformationRequested, "Casey Administrator", "Which programs?"),
             (OnboardingStatus.InformationRequested, OnboardingStatus.Requested, "Pat Contact", "Home care only.")],
            request.History.Select(m => (m.From, m.To, m.ByName, m.Reason)));
    }

    [Fact]
    public void Ask_NoQuestion_QuestionRequired() =>
        Assert.Equal(OnboardingErrors.QuestionRequired, Requested().AskForInformation(" ", CimsAdmin, At).Error);

    [Fact]
    public void Ask_WhileWaitingForAnswer_Conflict()
    {
        var request = Requested();
        request.AskForInformation("Which programs?", CimsAdmin, At).MustSucceed();

        var error = request.AskForInformation("And?", CimsAdmin, At).Error;

        Assert.Equal("onboarding.not_waiting_for_decision", error?.Code);
        Assert.Equal(ErrorKind.Conflict, error?.Kind);
    }

    [Fact]
    public void Answer_NoQuestionOpen_NotWaitingForAnswer() =>
        Assert.Equal("onboarding.not_waiting_for_answer", Requested().Answer("Yes", At).Error?.Code);

    [Fact]
    public void Answer_Empty_AnswerRequired()
    {
        var request = Requested();
        request.AskForInformation("Which programs?", CimsAdmin, At).MustSucceed();

        Assert.Equal(OnboardingErrors.AnswerRequired, request.Answer("", At).Error);
    }

    [Fact]
    public void Approve_Requested_ApprovedWithOrganisationAndWhoDecided()
    {
        var request = Requested();

        request.Approve(42, CimsAdmin, At).MustSucceed();

        Assert.Equal((OnboardingStatus.Approved, 42, "Casey Administrator", At), (request.Status, request.OrganisationId, request.DecidedByName, request.DecidedAt));
        Assert.Single(request.History);
    }

    [Fact]
    public void Approve_WhileWaitingForAnswer_Conflict()
    {
        var request = Requested();
        request.AskForInformation("Which programs?", CimsAdmin, At).MustSucceed();

        Assert.Equal("onboarding.not_waiting_for_decision", request.Approve(42, CimsAdmin, At).Error?.Code);
    }

    [Fact]
    public void Decline_NoReason_ReasonRequired() =>
        Assert.Equal(OnboardingErrors.ReasonRequired, Requested().Decline(null, CimsAdmin, At).Error);

    [Fact]
    public void Decline_WhileWaitingForAnswer_DeclinedWithReason()
    {
        var request = Requested();
        request.AskForInformation("Which programs?", CimsAdmin, At).MustSucceed();

        request.Decline(" Not funded by the department. ", CimsAdmin, At).MustSucceed();

        Assert.Equal((OnboardingStatus.Declined, "Not funded by the department."), (request.Status, request.Reason));
        Assert.False(request.IsOpen);
    }

    [Fact]
    public void Decline_AfterApproval_Conflict()
    {
        var request = Requested();
        request.Approve(42, CimsAdmin, At).MustSucceed();

        Assert.Equal(ErrorKind.Conflict, request.Decline("Late", CimsAdmin, At).Error?.Kind);
    }

    [Theory]
    [InlineData("ONB-2026-000123", 123)]
    [InlineData(" ONB-2027-000001 ", 1)]
    [InlineData("ONB-2026-abc", null)]
    [InlineData("APR-2026-000123", null)]
    [InlineData(null, null)]
    public void IdOf_Reference_IdOrNull(string? reference, int? id) => Assert.Equal(id, OnboardingRequest.IdOf(reference));
}
