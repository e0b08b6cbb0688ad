using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Tests.Incidents;
using static Cims.Domain.Tests.Incidents.IncidentTestData;
using static Cims.Domain.Tests.Investigations.InvestigationTestData;

namespace Cims.Domain.Tests.Investigations;

public sealed class InvestigationAssignmentTests
{
    [Fact]
    public void Open_FollowUpIncludesInvestigation_AssignsWithTheFollowUpDueDateAndRecordsIt()
    {
        var incident = AwaitingInvestigator(FollowUpAction.InvestigationOutcomeRca);

        var investigation = Investigation.Open(incident, Alex, Endorser, Now).MustSucceed();

        Assert.Equal(InvestigationStatus.PlanInPreparation, investigation.Status);
        Assert.Equal(incident.FollowUpDueAt, investigation.DueAt);
        Assert.Equal("u-manager", investigation.Manager.ResponsibleUserId);
        var assigned = Assert.Single(investigation.History);
        Assert.Equal(("Assigned", "Dana Delegate", "Alex Investigator"), (assigned.What, assigned.ByName, assigned.Reason));
    }

    [Theory]
    [InlineData(FollowUpAction.CaseReview)]
    [InlineData(FollowUpAction.RcaReview)]
    [InlineData(FollowUpAction.NoFurtherAction)]
    public void Open_FollowUpWithoutInvestigation_IsRefused(FollowUpAction action)
    {
        var result = Investigation.Open(AwaitingInvestigator(action), Alex, Endorser, Now);

        Assert.Equal(InvestigationErrors.NoInvestigationFollowUp, result.Error);
    }

    [Fact]
    public void Open_IncidentNotYetAtFollowUp_IsRefused()
    {
        var incident = Complete().Then(i => i.SubmitForEndorsement(Reporter, Now));

        Assert.Equal(InvestigationErrors.NoInvestigationFollowUp, Investigation.Open(incident, Alex, Endorser, Now).Error);
    }

    [Fact]
    public void External_WithAccountableUser_TheAccountableUserWorksOnIt()
    {
        var external = Assignee.External(" Pat Outside ", "Acme Investigations", "pat@acme.example", "u-delegate", "Dana Delegate").MustSucceed();

        Assert.True(external.IsExternal);
        Assert.Equal(("Pat Outside", "u-delegate"), (external.Name, external.ResponsibleUserId));
        Assert.Equal("Pat Outside (Acme Investigations), external; accountable: Dana Delegate", external.Describe());
    }

    [Theory]
    [InlineData("", "Acme", "pat@acme.example", "investigation.external_name_required")]
    [InlineData("Pat", " ", "pat@acme.example", "investigation.external_organisation_required")]
    [InlineData("Pat", "Acme", null, "investigation.external_contact_required")]
    public void External_MissingDetail_NamesTheField(string? name, string? organisation, string? contact, string code)
    {
        Assert.Equal(code, Assignee.External(name, organisation, contact, "u-delegate", "Dana Delegate").Error?.Code);
    }

    [Fact]
    public void Reassign_WithReason_KeepsWhoHadItInTheHistory()
    {
        var investigation = Assigned(AwaitingInvestigator());
        var robin = Assignee.Internal("u-robin", "Robin Second", null);

        investigation.Reassign(robin, Endorser, "Alex is on leave.", Now).MustSucceed();

        Assert.Equal("u-robin", investigation.Manager.ResponsibleUserId);
        Assert.Equal(InvestigationStatus.PlanInPreparation, investigation.Status);
        var moved = investigation.History[^1];
        Assert.Equal("Reassigned", moved.What);
        Assert.Equal("From Alex Investigator to Robin Second. Alex is on leave.", moved.Reason);
    }

    [Fact]
    public void Reassign_WithoutReasonOrToTheSamePerson_IsRefused()
    {
        var investigation = Assigned(AwaitingInvestigator());

        Assert.Equal(InvestigationErrors.ReasonRequired, investigation.Reassign(Assignee.Internal("u-robin", "Robin", null), Endorser, " ", Now).Error);
        Assert.Equal(InvestigationErrors.SameAssignee, investigation.Reassign(Alex, Endorser, "Again", Now).Error);
        Assert.Single(investigation.History);
    }

    [Fact]
    public void Reassign_Withdrawn_IsRefused()
    {
        var investigation = Assigned(AwaitingInvestigator());
        investigation.Withdraw(Endorser, "Duplicate of another incident", Now).MustSucceed();

        var result = investigation.Reassign(Assignee.Internal("u-robin", "Robin", null), Endorser, "Leave", Now);

        Assert.Equal("investigation.wrong_status", result.Error?.Code);
        Assert.Equal("Alex Investigator", investigation.Manager.Name);
    }
}
