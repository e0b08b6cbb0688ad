using Cims.Domain.Incidents;
using static Cims.Domain.Incidents.IncidentStatus;

namespace Cims.Web.Features.Incidents.Progress;

public enum StepState
{
    Done,
    Current,
    ToCome,
    NotNeeded,
}

/// <summary>One step of an incident's progress as the reporter reads it: what, where it is, and when it happened.</summary>
public sealed record ProgressStep(string Title, string Explanation, StepState State, DateTimeOffset? At, string? Upcoming = null)
{
    /// <summary>What the step means: what happened, or for a step to come what will happen.</summary>
    public string Text => State == StepState.ToCome && Upcoming is not null ? Upcoming : Explanation;

    public string StateText => State switch
    {
        StepState.Done => "Done",
        StepState.Current => "Current step",
        StepState.NotNeeded => "Not needed",
        _ => "To come",
    };
}

/// <summary>
/// An incident's progress in plain words, from its status and history: received, endorsed, submitted to the
/// department, follow-up under way, closed (or withdrawn, or returned to the reporter for changes). The step the
/// incident is at is current; the steps before it are done (with the date they happened), the ones after it to come.
/// </summary>
public static class IncidentProgress
{
    private static readonly IncidentStatus[] FollowUpStatuses = [FollowUpDetermined, InvestigationInProgress, ReviewInProgress, OutcomePendingApproval, OutcomeSubmitted];

    public static IReadOnlyList<ProgressStep> For(Incident incident)
    {
        var history = incident.History.OrderBy(h => h.At).ThenBy(h => h.Id).ToList();
        DateTimeOffset? Last(params IncidentStatus[] to) => history.LastOrDefault(h => to.Contains(h.To))?.At;
        DateTimeOffset? First(params IncidentStatus[] to) => history.FirstOrDefault(h => to.Contains(h.To))?.At;
        var reached = history.Select(h => h.To).ToHashSet();
        var current = CurrentIndex(incident.Status, reached);
        var steps = new List<ProgressStep>
        {
            new("Received", "Your report was submitted to your organisation's authorised delegate for endorsement.", State(0, current), Last(AwaitingEndorsement),
                "The report goes to your organisation's authorised delegate for endorsement."),
            new("Endorsed", incident.Status == NonMajorRecorded
                ? "Your authorised delegate endorsed the report. A non-major incident goes to the department in the next monthly batch."
                : "Your authorised delegate checked and endorsed the report.", State(1, current), First(NonMajorRecorded, SubmittedToDepartment),
                "Your authorised delegate checks the report and endorses it."),
            new("Submitted to the department", "The department has the report and checks what follow-up it needs.", State(2, current), First(SubmittedToDepartment),
                "The report goes to the department, which decides what follow-up it needs."),
            FollowUpStep(incident, reached, current, First(FollowUpStatuses)),
            new("Closed", reached.Contains(OutcomeSubmitted)
                ? "The department accepted the outcome and the incident is closed."
                : "The incident is closed: all the required actions are complete.", State(4, current), First(Closed),
                "The incident is closed once all the required actions are complete."),
        };
        return incident.Status switch
        {
            Draft => [new ProgressStep("Draft", "The report is not yet submitted for endorsement.", StepState.Current, null), .. steps.Select(s => s with { State = StepState.ToCome })],
            ReturnedToReporter => [steps[0] with { State = StepState.Done }, new ProgressStep("Returned to you for changes", "Your authorised delegate asked for changes. Correct the report and submit it again.", StepState.Current, Last(ReturnedToReporter)), .. steps.Skip(1)],
            Withdrawn => [.. steps.Where(s => s.At is not null).Select(s => s with { State = StepState.Done }), new ProgressStep("Withdrawn", "The incident was withdrawn: no more work is done on it.", StepState.Current, Last(Withdrawn))],
            _ => steps,
        };
    }

    /// <summary>"Step 3 of 5: Submitted to the department", for lists that show only the status.</summary>
    public static string Summary(IncidentStatus status) => status switch
    {
        Draft => "Draft: not yet submitted",
        ReturnedToReporter => "Returned to the reporter for changes",
        Withdrawn => "Withdrawn",
        _ => $"Step {CurrentIndex(status, []) + 1} of 5: {Titles[CurrentIndex(status, [])]}",
    };

    private static readonly string[] Titles = ["Received", "Endorsed", "Submitted to the department", "Follow-up under way", "Closed"];

    private static ProgressStep FollowUpStep(Incident incident, HashSet<IncidentStatus> reached, int current, DateTimeOffset? at)
    {
        if (incident.Status == Closed && !reached.Overlaps(FollowUpStatuses))
            return new("Follow-up", "No follow-up was needed.", StepState.NotNeeded, null);
        var explanation = incident.Status is InvestigationInProgress or ReviewInProgress or OutcomePendingApproval or OutcomeSubmitted
            ? $"The department decided the follow-up{(incident.FollowUp is { } f ? $" ({f.Display().ToLowerInvariant()})" : "")}. Now: {incident.Status.Display().ToLowerInvariant()}."
            : $"The department decided the follow-up{(incident.FollowUp is { } g ? $": {g.Display().ToLowerInvariant()}" : "")}.";
        return new("Follow-up under way", explanation, State(3, current), at,
            "The follow-up the department decides (for example an investigation) is carried out.");
    }

    private static int CurrentIndex(IncidentStatus status, HashSet<IncidentStatus> reached) => status switch
    {
        Draft or AwaitingEndorsement or ReturnedToReporter => 0,
        NonMajorRecorded => 1,
        SubmittedToDepartment or DepartmentReview => 2,
        FollowUpDetermined or InvestigationInProgress or ReviewInProgress or OutcomePendingApproval or OutcomeSubmitted => 3,
        Closed => 4,
        _ => reached.Count,
    };

    private static StepState State(int index, int current) =>
        index < current ? StepState.Done : index == current ? StepState.Current : StepState.ToCome;
}
