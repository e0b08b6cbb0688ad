using Cims.Web.Data;
using Cims.Web.Features.Notifications;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cims.Web.Tests.Notifications;

/// <summary>
/// CIMS with a frozen clock (10:00 in Melbourne on the day a test sets) and the reminder job off: tests run the reminders
/// themselves, each run in its own service scope as a job run would. <see cref="Restart"/> starts another host over the
/// same database and clock, as a node coming back after a restart.
/// </summary>
public abstract class ReminderApp : CimsAppFactory
{
    private static readonly TimeZoneInfo Melbourne = TimeZoneInfo.FindSystemTimeZoneById("Australia/Melbourne");

    protected ReminderApp(DatabaseProvider provider)
        : base(provider)
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero));
    }

    private ReminderApp(ReminderApp first)
        : base(first.Database, ownsDatabase: false)
    {
        Clock = first.Clock;
    }

    public FakeTimeProvider Clock { get; }

    public void SetToday(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(10, 0));
        Clock.AdjustTime(new DateTimeOffset(local, Melbourne.GetUtcOffset(local)).ToUniversalTime());
    }

    /// <summary>One run of the reminders, in a scope of its own; returns how many it claimed.</summary>
    public async Task<int> RunRemindersAsync()
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SendReminders>().RunAsync(CancellationToken.None);
    }

    /// <summary>The reminders of one item, oldest first, with their recipients' e-mail addresses.</summary>
    public Task<List<SentReminder>> RemindersOfAsync(string itemKind, int itemId) => WithDbAsync(db =>
        db.Reminders.AsNoTracking().Where(r => r.ItemKind == itemKind && r.ItemId == itemId).OrderBy(r => r.Id)
            .Select(r => new SentReminder(r.Kind, r.DueOn, r.SentAt != null, r.Attempts,
                r.Notifications.Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.Email!).OrderBy(e => e).ToList(),
                r.Notifications.Select(n => n.Reason).ToList()))
            .ToListAsync());

    /// <summary>Another node over this node's database and clock (this node disposes the database).</summary>
    public ReminderApp Restart() => new RestartedNode(this);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    private sealed class RestartedNode(ReminderApp first) : ReminderApp(first);
}

public sealed record SentReminder(string Kind, DateOnly DueOn, bool Sent, int Attempts, List<string> To, List<string> Reasons)
{
    /// <summary>The recipients' addresses in order, one string to compare.</summary>
    public string Recipients => string.Join(" ", To);
}

public sealed class SqliteReminderApp() : ReminderApp(DatabaseProvider.Sqlite);

public sealed class PostgresReminderApp() : ReminderApp(DatabaseProvider.Postgres);
