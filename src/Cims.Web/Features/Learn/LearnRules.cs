using Cims.Domain.Incidents;

namespace Cims.Web.Features.Learn;

/// <summary>
/// The rules the modules quote, read from what the product enforces: the deadline classes of the domain, the settings
/// the clock, the reminders and the dashboards run on, and the incident types the report form offers today.
/// </summary>
public sealed record LearnRules(
    PolicyProfile InForce,
    IReadOnlyList<TimeframeRow> Timeframes,
    int MaxExtensionBusinessDays,
    IReadOnlyList<int> ReminderBusinessDaysBefore,
    int DelegateEscalationBusinessDays,
    int DepartmentEscalationBusinessDays,
    int SmallCellThreshold,
    IReadOnlyList<TypeGuidance> IncidentTypes);

/// <summary>One line of the timeframes table: what is due, when, and under which policy.</summary>
public sealed record TimeframeRow(string Key, string Stage, string What, string When, string Applies);

/// <summary>
/// An incident type as the report form offers it today, with the follow-up the product suggests for it at major impact
/// (the reasons of <see cref="FollowUpRules"/>: two for an abuse type, by who the subject of allegation is).
/// </summary>
public sealed record TypeGuidance(string Category, string Name, bool IsAbuse, bool IsConfirmed, IReadOnlyList<string> WhenMajor);
