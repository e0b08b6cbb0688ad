namespace Cims.Web.Features.Learn.Modules;

/// <summary>Module 1: the CIMS end-to-end model (sections in EndToEnd.cshtml).</summary>
public static class EndToEnd
{
    public static readonly LearnModule Module = new(
        "end-to-end", "The CIMS end-to-end model",
        "What a client incident is, the five stages from first response to learning, and who does what.",
        "EndToEnd", [],
        [
            new("definition", "Which of these is a client incident?",
                [new("a", "A staff member hurts their back lifting a box, with no client involved"),
                 new("b", "An event during service delivery that results in harm to a client"),
                 new("c", "Any complaint a client makes about the service"),
                 new("d", "Only an event the police are called to")],
                "b", "A client incident happens during service delivery and results in harm to a client. Incidents that affect only staff or the public go through other channels; a complaint or a police call is not what makes an incident."),
            new("first-stage", "What is the first stage of the five-stage model?",
                [new("a", "Reporting"), new("b", "Identification and response"), new("c", "Incident investigation"), new("d", "Analysis and learning")],
                "b", "First the incident is identified (seen or disclosed) and the response makes clients, staff and visitors safe. Reporting, investigation or review, and analysis and learning follow."),
            new("major-follow-up", "What happens to every major-impact incident after it is reported?",
                [new("a", "It is closed once the department receives it"), new("b", "It is either investigated or reviewed"),
                 new("c", "It is always sent to the police"), new("d", "It waits for the monthly batch")],
                "b", "Every major-impact incident is followed up by an investigation or a review (case review or root cause analysis review). Non-major incidents need no mandatory investigation or review."),
            new("endorsement", "Who must endorse a report before the department receives it?",
                [new("a", "The reporter who wrote it"), new("b", "An authorised delegate of the organisation"),
                 new("c", "A department analyst"), new("d", "The CIMS administrator")],
                "b", "The department receives only endorsed reports. An authorised delegate (a manager, director, CEO or another delegated role) reviews, may return or amend, and endorses the report."),
        ]);
}
