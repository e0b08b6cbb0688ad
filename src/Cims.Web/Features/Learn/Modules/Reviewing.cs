using Cims.Domain.Identity;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Learn.Modules;

/// <summary>Module 4: reviewing client incidents (sections in Reviewing.cshtml).</summary>
public static class Reviewing
{
    private static readonly int CaseReviewDays = FollowUpDeadlines.BusinessDays(FollowUpAction.CaseReview);

    public static readonly LearnModule Module = new(
        "reviewing", "Reviewing incidents",
        "Case reviews and root cause analysis reviews: what they are for, when each is used, who approves them and by when.",
        "Reviewing", [Roles.ReviewManager, Roles.AuthorisedDelegate, Roles.DepartmentStaff],
        [
            new("purpose", "What is an incident review for?",
                [new("a", "To find someone to blame"), new("b", "To establish what happened, whether the response was right, the causes and the lessons"),
                 new("c", "To decide criminal charges"), new("d", "To close the incident quickly")],
                "b", "A review establishes what happened, whether the incident was managed properly, its causes, and what to change to reduce the risk of it happening again."),
            new("rca", "When is a root cause analysis (RCA) review the right kind of review?",
                [new("a", "For every non-major incident"), new("b", "When major systemic or process problems with several contributing factors are suspected"),
                 new("c", "Only when the police are involved"), new("d", "Never: it was replaced by case reviews")],
                "b", "An RCA review is for suspected systemic or process problems with several contributing factors. It produces an RCA report and a response plan."),
            new("case-review", "What is a case review, mostly?",
                [new("a", "A desk-based review of the documents"), new("b", "A court hearing"), new("c", "A survey of every client"), new("d", "A staff performance appraisal")],
                "a", "A case review is mainly a desk-based review of documents, with interviews where needed, ending with an action plan."),
            new("due", "When is a case review due?",
                [new("a", "Within 24 hours"), new("b", $"{CaseReviewDays} business days after the follow-up decision"), new("c", "Within 12 months"), new("d", "There is no due date")],
                "b", $"A case review is due {CaseReviewDays} business days after the follow-up decision. The timeframes table on this page shows every follow-up's time."),
            new("approval", "Who approves a review's report before it is recorded or submitted?",
                [new("a", "The review manager alone"), new("b", "The CEO or a senior delegate of the organisation"), new("c", "The client's family"), new("d", "A department analyst")],
                "b", "The CEO or a senior delegate approves case review and RCA reports; an RCA report and response plan then go to the department."),
        ]);
}
