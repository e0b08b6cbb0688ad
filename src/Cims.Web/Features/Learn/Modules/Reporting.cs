using Cims.Domain.Identity;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Learn.Modules;

/// <summary>Module 2: responding to and reporting client incidents (sections in Reporting.cshtml).</summary>
public static class Reporting
{
    private static readonly string Days = $"{ReportingDeadlines.BusinessDaysToReport} business days";

    public static readonly LearnModule Module = new(
        "reporting", "Responding to and reporting incidents",
        "The immediate response, judging impact, choosing the incident type, and getting an endorsed report to the department on time.",
        "Reporting", [Roles.Reporter, Roles.AuthorisedDelegate, Roles.DepartmentStaff],
        [
            new("first-action", "A client tells you another resident assaulted them last night. What do you do first?",
                [new("a", "Write the incident report before anything else"),
                 new("b", "Make the client safe, get medical help, call the police if needed and preserve evidence"),
                 new("c", "Wait until your line manager is on shift"), new("d", "Ask the client to put it in writing")],
                "b", "The response comes first: safety, medical attention, police and emergency services, evidence, support services and the client's key support person. The report follows."),
            new("impact-first-aid", "A client slips, grazes a knee, gets first aid and is watched for an hour. What is the impact?",
                [new("a", "Major impact"), new("b", "Non-major impact")],
                "b", "Injury that needs only short-term help such as first aid, observation or brief medical treatment is non-major. Major impact means death, severe injury or suffering likely to cause ongoing trauma, or a pattern that reaches that level."),
            new("impact-pattern", "Several non-major incidents involving one client together cause severe, lasting distress. What is the impact?",
                [new("a", "Non-major, because each incident alone was non-major"), new("b", "Major, because the pattern reaches major impact"),
                 new("c", "None: only single incidents are rated")],
                "b", "A pattern of incidents involving one client that together reach severe, lasting harm is major impact, even when each one alone was non-major."),
            new("deadline", "Under the policy in force since February 2020, when must an incident be reported to the department?",
                [new("a", "Within 24 hours"), new("b", $"Within {Days} of becoming aware"), new("c", "In the next monthly batch"), new("d", "Within 28 business days")],
                "b", $"Since the 2020 update every incident, major or not, is reported individually within {Days} of the organisation becoming aware, endorsed within that time. Weekends and Victorian public holidays are not counted. The 24 hours and the monthly batch were the 2017 guide's rules."),
            new("secondary-type", "When can a report carry a secondary incident type?",
                [new("a", "Always"), new("b", "Only when the primary type is an abuse type"), new("c", "Only when the impact is major"), new("d", "Never")],
                "b", "A secondary type is used only when the primary type is an abuse type: another form of abuse that also happened. Abuse types also record the subjects of allegation."),
        ]);
}
