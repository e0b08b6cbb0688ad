namespace Cims.Web.Features.Api.Webhooks;

/// <summary>The events a webhook may ask for, by the name that travels in <c>Cims-Event-Type</c> and the payload's <c>type</c>.</summary>
public static class WebhookEventTypes
{
    public const string Submitted = "incident.submitted";
    public const string Revised = "incident.revised";
    public const string FollowUpDetermined = "incident.follow_up_determined";
    public const string DueDateChanged = "incident.due_date_changed";
    public const string Returned = "incident.returned";
    public const string OutcomeAccepted = "incident.outcome_accepted";

    /// <summary>The test event an administrator sends from the page; every webhook receives it when asked.</summary>
    public const string Ping = "ping";

    /// <summary>The events offered on the form, in the order of an incident's life, with what each means.</summary>
    public static IReadOnlyList<(string Type, string Label)> Offered { get; } =
    [
        (Submitted, "Submitted: the report reached the department and has its number"),
        (Revised, "Revised: your system replaced the report before the department acted on it"),
        (FollowUpDetermined, "Follow-up determined: by the department's screening or by rule"),
        (DueDateChanged, "Due date changed: the report's, the follow-up's, the investigation's or the review's deadline moved (an extension granted, for example)"),
        (Returned, "Returned: sent back for changes (to the reporter before endorsement, or an outcome or review returned by the department)"),
        (OutcomeAccepted, "Outcome accepted: the department accepted an investigation outcome or a review report"),
    ];

    /// <summary>The order of events that happen at the same instant (endorsed, numbered and routed in one save).</summary>
    public static int Rank(string type) => Offered.Select(o => o.Type).ToList().IndexOf(type);

    public static bool IsOffered(string type) => Offered.Any(o => o.Type == type);

    /// <summary>The stored form: the chosen types, in the offered order, separated by spaces.</summary>
    public static string Join(IEnumerable<string> types)
    {
        var chosen = types.ToHashSet(StringComparer.Ordinal);
        return string.Join(' ', Offered.Select(o => o.Type).Where(chosen.Contains));
    }

    public static IReadOnlyList<string> Split(string stored) => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
