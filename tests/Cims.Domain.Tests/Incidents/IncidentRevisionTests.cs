using Cims.Domain.Incidents;
using static Cims.Domain.Incidents.IncidentStatus;
using static Cims.Domain.Tests.Incidents.IncidentTestData;

namespace Cims.Domain.Tests.Incidents;

/// <summary>
/// The provider's revision of a report (ADR 0035): allowed only while the department has not acted (waiting for the
/// monthly batch, submitted, or in screening CIMS started), refused by name everywhere else, recorded as an addendum
/// saying who, when, why and what changed, with the status history untouched.
/// </summary>
public sealed class IncidentRevisionTests
{
    private static readonly Actor Vendor = new("api:client-1", "Agency One client system");
    private static readonly Actor DepartmentStaff = new("u-dept", "Dee Department");
    private static readonly HashSet<string> NoDepartmentAuthors = [];
    private const string Changes = "Location: Lounge room → Kitchen";

    [Theory]
    [InlineData(Draft, "incident.not_revisable")]
    [InlineData(AwaitingEndorsement, "incident.not_revisable")]
    [InlineData(ReturnedToReporter, "incident.not_revisable")]
    [InlineData(NonMajorRecorded, null)]
    [InlineData(SubmittedToDepartment, null)]
    [InlineData(FollowUpDetermined, "incident.department_has_acted")]
    [InlineData(InvestigationInProgress, "incident.department_has_acted")]
    [InlineData(ReviewInProgress, "incident.department_has_acted")]
    [InlineData(OutcomePendingApproval, "incident.department_has_acted")]
    [InlineData(OutcomeSubmitted, "incident.department_has_acted")]
    [InlineData(Closed, "incident.department_has_acted")]
    [InlineData(Withdrawn, "incident.not_revisable")]
    public void Revise_EachStatus_AllowedOnlyBeforeTheDepartmentActs(IncidentStatus status, string? refusal)
    {
        var incident = IncidentMovesTests.At(status);

        AssertRevision(incident, refusal);
    }

    [Fact]
    public void Revise_InScreeningCimsStarted_Allowed()
    {
        var incident = Complete(ImpactLevel.Major, new DateOnly(2019, 5, 1)).Then(i => i.SubmitForEndorsement(Reporter, Now))
            .Then(i => i.Endorse(Endorser, Now)).Then(i => i.RouteAtDepartment(Actor.System, null, Now));

        Assert.Equal(DepartmentReview, incident.Status);
        AssertRevision(incident, null);
    }

    [Fact]
    public void Revise_ScreeningStartedByAPerson_DepartmentHasActed()
    {
        AssertRevision(IncidentMovesTests.At(DepartmentReview), "incident.department_has_acted");
    }

    [Fact]
    public void Revise_DepartmentStaffAddedAnAddendum_DepartmentHasActed()
    {
        var incident = IncidentMovesTests.At(SubmittedToDepartment)
            .Then(i => i.AddAddendum(AddendumKind.Correction, "Please confirm the client's date of birth.", DepartmentStaff, Now));

        var result = incident.Revise(Corrected(incident), "Wrong room", Changes, Vendor, new HashSet<string> { DepartmentStaff.UserId }, Now);

        Assert.Equal(IncidentErrors.DepartmentHasActed, result.Error);
    }

    [Fact]
    public void Revise_AnAddendumByTheOrganisation_StillAllowed()
    {
        var incident = IncidentMovesTests.At(SubmittedToDepartment)
            .Then(i => i.AddAddendum(AddendumKind.Correction, "The police reference is A-123.", Reporter, Now));

        incident.Revise(Corrected(incident), "Wrong room", Changes, Vendor, new HashSet<string> { DepartmentStaff.UserId }, Now).MustSucceed();
    }

    [Fact]
    public void Revise_Allowed_ReplacesTheContentAndAddsAnAddendumOfWhoWhenWhyAndWhatChanged()
    {
        var incident = IncidentMovesTests.At(SubmittedToDepartment);
        var (history, version, later) = (incident.History.ToList(), incident.Version, Now.AddHours(3));
        var corrected = Corrected(incident) with
        {
            Clients = [new ClientInvolved { Surname = "Citizen", GivenName = "Joanne", IdentifierType = "CRIS", Sex = "2", IndigenousStatus = "4", Impact = ImpactLevel.Major }],
        };

        incident.Revise(corrected, "  The incident happened in the kitchen.  ", Changes, Vendor, NoDepartmentAuthors, later).MustSucceed();

        Assert.Equal("Kitchen", incident.Details!.Location);
        Assert.Equal("Joanne", Assert.Single(incident.Clients).GivenName);
        Assert.Equal(1, incident.Clients[0].Position);
        var addendum = Assert.Single(incident.Addendums);
        Assert.Equal(AddendumKind.Revision, addendum.Kind);
        Assert.Equal("Reason: The incident happened in the kitchen.\nLocation: Lounge room → Kitchen", addendum.Text);
        Assert.Equal((Vendor.UserId, Vendor.Name, later), (addendum.ByUserId, addendum.ByName, addendum.At));
        Assert.Equal(SubmittedToDepartment, incident.Status);
        Assert.Equal(history, incident.History);
        Assert.NotEqual(version, incident.Version);
        Assert.Equal(later, incident.UpdatedAt);
    }

    [Theory]
    [InlineData(" ", Changes, "incident.reason_required")]
    [InlineData("Wrong room", null, "incident.no_changes")]
    public void Revise_NoReasonOrNoChange_RefusedAndNothingChanges(string reason, string? changes, string code)
    {
        var incident = IncidentMovesTests.At(SubmittedToDepartment);
        var version = incident.Version;

        var result = incident.Revise(Corrected(incident), reason, changes, Vendor, NoDepartmentAuthors, Now);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal("Lounge room", incident.Details!.Location);
        Assert.Empty(incident.Addendums);
        Assert.Equal(version, incident.Version);
    }

    [Fact]
    public void SubmitRevisedNow_NonMajorRevisedToMajor_SubmittedWithItsReason()
    {
        var incident = IncidentMovesTests.At(NonMajorRecorded);
        var major = Corrected(incident) with { Details = incident.Details! with { Impact = ImpactLevel.Major } };
        incident.Revise(major, "It was a major impact", "Impact: Non-major impact → Major impact", Vendor, NoDepartmentAuthors, Now).MustSucceed();

        incident.SubmitRevisedNow(Vendor, Now).MustSucceed();

        Assert.Equal(SubmittedToDepartment, incident.Status);
        Assert.Equal(Now, incident.SubmittedAt);
        var change = incident.History[^1];
        Assert.Equal((NonMajorRecorded, SubmittedToDepartment, Vendor.Name), (change.From, change.To, change.ByName));
        Assert.Contains("Revised to major impact", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SubmitRevisedNow_StillNonMajor_WrongStatus()
    {
        var incident = IncidentMovesTests.At(NonMajorRecorded);

        Assert.Equal("incident.wrong_status", incident.SubmitRevisedNow(Vendor, Now).Error?.Code);
        Assert.Equal(NonMajorRecorded, incident.Status);
    }

    [Theory]
    [InlineData(ImpactLevel.NonMajor, true)]
    [InlineData(ImpactLevel.Major, false)]
    public void LeaveScreening_AfterARevision_OnlyWhenNoLongerMajor(ImpactLevel revisedTo, bool leaves)
    {
        var incident = Complete(ImpactLevel.Major, new DateOnly(2019, 5, 1)).Then(i => i.SubmitForEndorsement(Reporter, Now))
            .Then(i => i.Endorse(Endorser, Now)).Then(i => i.RouteAtDepartment(Actor.System, null, Now));
        var corrected = Corrected(incident) with { Details = incident.Details! with { Location = "Kitchen", Impact = revisedTo } };
        incident.Revise(corrected, "Reassessed", Changes, Vendor, NoDepartmentAuthors, Now).MustSucceed();

        var result = incident.LeaveScreening(Actor.System, "Revised to non-major impact", Now);

        Assert.Equal(leaves, !result.Failed);
        Assert.Equal(leaves ? SubmittedToDepartment : DepartmentReview, incident.Status);
        Assert.False(incident.DepartmentHasActed(NoDepartmentAuthors)); // CIMS moved it, not a person
    }

    private static ReportContent Corrected(Incident incident) =>
        incident.Content! with { Details = incident.Details! with { Location = "Kitchen" } };

    private static void AssertRevision(Incident incident, string? refusal)
    {
        var version = incident.Version;
        var result = incident.Revise(Corrected(incident), "Wrong room", Changes, Vendor, NoDepartmentAuthors, Now);

        if (refusal is null)
        {
            result.MustSucceed();
            Assert.Equal("Kitchen", incident.Details!.Location);
            Assert.Equal(AddendumKind.Revision, Assert.Single(incident.Addendums).Kind);
            return;
        }

        Assert.Equal(refusal, result.Error?.Code);
        Assert.Equal("Lounge room", incident.Details!.Location);
        Assert.Empty(incident.Addendums);
        Assert.Equal(version, incident.Version);
    }
}
