using Cims.Domain.Identity;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Learn.Modules;

/// <summary>Module 3: investigating client incidents (sections in Investigating.cshtml).</summary>
public static class Investigating
{
    private static readonly int Due = FollowUpDeadlines.BusinessDays(FollowUpAction.Investigation);

    public static readonly LearnModule Module = new(
        "investigating", "Investigating incidents",
        "When an incident is investigated, the plan, the standard of proof, findings, the due date, police holds and extensions.",
        "Investigating", [Roles.InvestigationManager, Roles.AuthorisedDelegate, Roles.DepartmentStaff],
        [
            new("purpose", "What does an investigation decide?",
                [new("a", "How much the organisation should pay the client"),
                 new("b", "Whether a client was abused or neglected by a staff member, carer or another client, as alleged"),
                 new("c", "Whether the police should lay charges"), new("d", "Which staff member to dismiss")],
                "b", "An investigation looks at the allegations in the report and decides whether a client was abused or neglected by a staff member (including a volunteer), a carer or another client. Criminal matters are for the police."),
            new("proof", "What standard of proof does an investigation use?",
                [new("a", "Beyond reasonable doubt"), new("b", "On the balance of probabilities"), new("c", "Certainty, with a signed confession")],
                "b", "Findings are made on the balance of probabilities: whether it is more likely than not that the allegation happened. That is the civil standard, not the criminal one."),
            new("plan", "Who endorses the investigation plan?",
                [new("a", "The investigation manager who wrote it"), new("b", "The organisation's delegated authority (an authorised delegate)"),
                 new("c", "The client"), new("d", "A department analyst")],
                "b", "The investigation manager writes the plan; the organisation's delegated authority endorses it before the investigation runs."),
            new("due", "When is a full investigation's report due?",
                [new("a", "Within 24 hours"), new("b", $"{Due} business days after the incident report was endorsed"),
                 new("c", "Whenever the police finish"), new("d", "At the end of the financial year")],
                "b", $"The investigation is due {Due} business days after the incident report was endorsed. An extension can be asked for, and a police hold pauses the clock."),
            new("police-hold", "The police ask the organisation to wait while they investigate. What happens in CIMS?",
                [new("a", "The investigation is closed"), new("b", "Record a police hold: the clock pauses, and on resuming the due date moves by the business days it was paused"),
                 new("c", "Nothing: the due date never moves"), new("d", "The police write the investigation report")],
                "b", "A police hold pauses the investigation's clock and stops its reminders. When it resumes, the due date moves by the business days it was paused."),
        ]);
}
