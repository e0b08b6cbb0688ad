using Cims.Domain.Incidents;

namespace Cims.Domain.Investigations;

/// <summary>
/// The department paused the investigation's clock because Victoria Police asked the investigation to wait, and
/// (once <see cref="ResumedAt"/> is set) resumed it, moving the due date by <see cref="BusinessDaysOnHold"/>.
/// </summary>
public sealed class PoliceHold
{
    private PoliceHold()
    {
    }

    internal PoliceHold(string reason, Actor by, DateTimeOffset now)
    {
        Reason = reason;
        PausedByName = by.Name;
        PausedAt = now;
    }

    public int Id { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTimeOffset PausedAt { get; private set; }

    public string PausedByName { get; private set; } = "";

    public DateTimeOffset? ResumedAt { get; private set; }

    public string? ResumedByName { get; private set; }

    public int? BusinessDaysOnHold { get; private set; }

    public DateTimeOffset? DueBefore { get; private set; }

    public DateTimeOffset? DueAfter { get; private set; }

    public bool IsActive => ResumedAt is null;

    internal void Resume(int businessDays, DateTimeOffset? dueBefore, DateTimeOffset? dueAfter, Actor by, DateTimeOffset now)
    {
        ResumedAt = now;
        ResumedByName = by.Name;
        BusinessDaysOnHold = businessDays;
        DueBefore = dueBefore;
        DueAfter = dueAfter;
    }
}
