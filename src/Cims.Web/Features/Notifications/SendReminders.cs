using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Infrastructure.Telemetry;
using Cims.Web.Infrastructure.Time;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Notifications;

/// <summary>
/// One run of the reminders: for every item of every source, the current step of its series (if any) is claimed in
/// the outbox and, if this run owns it, e-mailed. Safe on several nodes at once and run after run: each step of each
/// series goes once.
/// </summary>
public sealed class SendReminders(
    ReminderSources sources, ReminderRecipients recipients, ReminderOutbox outbox, ReminderDelivery delivery,
    HolidayCalendarProvider calendars, TimeProvider time, IOptions<ReminderOptions> options, CimsMetrics metrics, ILogger<SendReminders> logger)
{
    /// <summary>Returns how many reminders this run claimed.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var now = time.GetUtcNow();
        var today = time.Today();
        var (claimed, failed) = (0, 0);
        foreach (var source in sources.All)
        {
            foreach (var item in await source(ct))
            {
                if (ReminderSchedule.Current(item, today, calendar, options.Value) is not { } step
                    || await outbox.ClaimAsync(item, step, () => recipients.ForAsync(item, step, ct), now, ct) is not { } id)
                    continue;
                claimed++;
                if (await delivery.DeliverAsync(id, ct))
                {
                    metrics.ReminderSent(step.Kind);
                }
                else
                {
                    failed++;
                    metrics.ReminderFailed(step.Kind);
                }
            }
        }

        if (claimed > 0)
            logger.LogInformation("Reminders: {Claimed} claimed, {Failed} not yet e-mailed (tried again at the next run)", claimed, failed);
        return claimed;
    }
}
