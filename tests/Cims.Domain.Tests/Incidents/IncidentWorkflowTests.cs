using Cims.Domain.Incidents;
using static Cims.Domain.Tests.Incidents.IncidentTestData;

namespace Cims.Domain.Tests.Incidents;

public sealed class IncidentWorkflowTests
{
    [Fact]
    public void SubmitForEndorsement_Complete_MovesToAwaitingEndorsementWithHistory()
    {
        var incident = Complete();

        var result = incident.SubmitForEndorsement(Reporter, Now);

        Assert.False(result.Failed);
        Assert.Equal(IncidentStatus.AwaitingEndorsement, incident.Status);
        var change = Assert.Single(incident.History);
        Assert.Equal((IncidentStatus.Draft, IncidentStatus.AwaitingEndorsement, "Riley Reporter"), (change.From, change.To, change.ByName));
    }

    [Fact]
    public void SubmitForEndorsement_MissingDeclaration_IsIncomplete()
    {
        var incident = Incident.Start(1, "u", new DateOnly(2026, 11, 23), Now);
        incident.SetScope(true, Now).MustSucceed();

        var result = incident.SubmitForEndorsement(Reporter, Now);

        Assert.Equal(IncidentErrors.Incomplete, result.Error);
        Assert.Equal(IncidentStatus.Draft, incident.Status);
        Assert.Empty(incident.History);
    }

    [Fact]
    public void ReturnToReporter_WithoutReason_IsRefused()
    {
        var incident = Complete();
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();

        var result = incident.ReturnToReporter(Endorser, "  ", Now);

        Assert.Equal(IncidentErrors.ReasonRequired, result.Error);
        Assert.Equal(IncidentStatus.AwaitingEndorsement, incident.Status);
    }

    [Fact]
    public void ReturnThenResubmit_RecordsReasonAndClearsItOnResubmission()
    {
        var incident = Complete();
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();

        incident.ReturnToReporter(Endorser, "Add the police reference.", Now).MustSucceed();
        Assert.Equal(IncidentStatus.ReturnedToReporter, incident.Status);
        Assert.Equal("Add the police reference.", incident.ReturnReason);
        Assert.False(incident.SubmitForEndorsement(Reporter, Now).Failed);

        Assert.Null(incident.ReturnReason);
        Assert.Equal(3, incident.History.Count);
    }

    [Fact]
    public void Endorse_MajorUnderE1_SubmitsToDepartment()
    {
        var incident = Complete(ImpactLevel.Major, new DateOnly(2019, 5, 1));
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();

        incident.Endorse(Endorser, Now).MustSucceed();

        Assert.Equal(PolicyProfile.E1, incident.Profile);
        Assert.Equal(IncidentStatus.SubmittedToDepartment, incident.Status);
        Assert.Equal(Now, incident.SubmittedAt);
    }

    [Fact]
    public void Endorse_NonMajorUnderE1_WaitsForMonthlyBatch()
    {
        var incident = Complete(ImpactLevel.NonMajor, new DateOnly(2019, 5, 1));
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();

        incident.Endorse(Endorser, Now).MustSucceed();

        Assert.Equal(IncidentStatus.NonMajorRecorded, incident.Status);
        Assert.Null(incident.SubmittedAt);
        Assert.False(incident.SubmitInMonthlyBatch(Endorser, Now).Failed);
        Assert.Equal(IncidentStatus.SubmittedToDepartment, incident.Status);
    }

    [Fact]
    public void Endorse_NonMajorUnderE3_SubmitsNow()
    {
        var incident = Complete(ImpactLevel.NonMajor, new DateOnly(2026, 11, 23));
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();

        incident.Endorse(Endorser, Now).MustSucceed();

        Assert.Equal(PolicyProfile.E3, incident.Profile);
        Assert.Equal(IncidentStatus.SubmittedToDepartment, incident.Status);
    }

    [Fact]
    public void Endorse_Draft_IsTheWrongStatus()
    {
        var incident = Complete();

        var result = incident.Endorse(Endorser, Now);

        Assert.Equal("incident.wrong_status", result.Error?.Code);
        Assert.Equal(IncidentStatus.Draft, incident.Status);
    }

    [Fact]
    public void SetDetails_AfterSubmissionToDepartment_IsRefusedAndTextKept()
    {
        var incident = Complete();
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();
        incident.Endorse(Endorser, Now).MustSucceed();

        var result = incident.SetDetails(new IncidentDescription("Elsewhere", "Rewritten.", ImpactLevel.NonMajor, 1, null), Now);

        Assert.Equal(IncidentErrors.AlreadySubmitted, result.Error);
        Assert.Equal("Client was pushed.", incident.Details!.Description);
        Assert.False(incident.AddAddendum(AddendumKind.Correction, "The client's surname is Citizen-Smith.", Endorser, Now).Failed);
        Assert.Single(incident.Addendums);
    }

    [Fact]
    public void AssignNumber_Twice_KeepsTheFirst()
    {
        var incident = Complete();

        incident.AssignNumber("IRD-2026-000001");
        incident.AssignNumber("IRD-2026-000002");

        Assert.Equal("IRD-2026-000001", incident.Number);
    }

    [Fact]
    public void ReplaceClients_Eleven_IsRefused()
    {
        var incident = Complete();

        var result = incident.ReplaceClients(Enumerable.Range(0, 11).Select(_ => new ClientInvolved()), Now);

        Assert.Equal(IncidentErrors.TooManyClients, result.Error);
        Assert.Single(incident.Clients);
    }

    [Fact]
    public void DetermineFollowUp_AfterScreening_RecordsActionAndDue()
    {
        var incident = Complete();
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();
        incident.Endorse(Endorser, Now).MustSucceed();
        incident.StartScreening(Endorser, Now).MustSucceed();
        var due = new Deadline(Now.AddDays(40), "28 business days from endorsement");

        incident.DetermineFollowUp(FollowUpAction.Investigation, due, Endorser, null, Now).MustSucceed();

        Assert.Equal(IncidentStatus.FollowUpDetermined, incident.Status);
        Assert.Equal(FollowUpAction.Investigation, incident.FollowUp);
        Assert.Equal(due.DueAt, incident.FollowUpDueAt);
    }

    [Fact]
    public void Withdraw_Closed_IsTheWrongStatus()
    {
        Assert.False(IncidentWorkflow.CanMove(IncidentStatus.Closed, IncidentStatus.Withdrawn));
        Assert.True(IncidentWorkflow.CanMove(IncidentStatus.Draft, IncidentStatus.Withdrawn));
    }
}
