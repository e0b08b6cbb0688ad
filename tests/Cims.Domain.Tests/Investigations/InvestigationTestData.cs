using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Tests.Incidents;
using static Cims.Domain.Tests.Incidents.IncidentTestData;

namespace Cims.Domain.Tests.Investigations;

internal static class InvestigationTestData
{
    public static readonly Actor Staff = new("u-staff", "Sam Staff");
    public static readonly Actor Manager = new("u-manager", "Alex Investigator");
    public static readonly Assignee Alex = Assignee.Internal("u-manager", "Alex Investigator", "alex@example.org");

    public static readonly InvestigationPlan CompletePlan = new(
        "Senior practitioner", "0355501111", new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 18),
        "Client was pushed by a staff member in the lounge room.", "Police were told; no charges laid yet.",
        "Interview the client, the staff member and two witnesses; review the shift roster and case notes.");

    /// <summary>An E2 major incident whose follow-up, by rule, is an investigation.</summary>
    public static Incident AwaitingInvestigator(FollowUpAction action = FollowUpAction.Investigation, params OtherPerson[] others) =>
        Complete().Then(i => i.ReplaceOthers(others, Now)).Then(i => i.SubmitForEndorsement(Reporter, Now)).Then(i => i.Endorse(Endorser, Now))
            .Then(i => i.DetermineFollowUp(action, new Deadline(Now.AddDays(40), "28 business days"), Staff, "By rule", Now));

    public static Investigation Assigned(Incident incident) => Investigation.Open(incident, Alex, Endorser, Now).MustSucceed();

    /// <summary>An investigation whose plan is endorsed: in progress, with the allegations the report proposes.</summary>
    public static Investigation InProgress(Incident? incident = null)
    {
        incident ??= AwaitingInvestigator();
        var investigation = WithPlanSubmitted(incident);
        investigation.EndorsePlan(incident, Endorser, Now).MustSucceed();
        investigation.Propose(Investigation.ProposedBy(incident, "Physical abuse"));
        return investigation;
    }

    public static Investigation WithPlanSubmitted(Incident incident)
    {
        var investigation = Assigned(incident);
        investigation.SavePlan(CompletePlan, Now).MustSucceed();
        investigation.SubmitPlan(Manager, Now).MustSucceed();
        return investigation;
    }
}
