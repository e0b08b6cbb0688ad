using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Notifications;

/// <summary>A line of the user's notifications.</summary>
public sealed record NotificationRow(int Id, string Subject, string Reason, string Href, string Sent, bool Unread);

/// <summary>The signed-in user's own notifications: only theirs are ever found, listed, counted or marked read.</summary>
public sealed class UserNotifications(CimsDbContext db, TimeProvider time)
{
    public const int ListSize = 200;

    /// <summary>The newest <see cref="ListSize"/>, newest first.</summary>
    public async Task<IReadOnlyList<NotificationRow>> ListAsync(string userId, CancellationToken ct) =>
        [.. (await Rows(userId).Take(ListSize).ToListAsync(ct)).Select(Row)];

    public async Task<NotificationRow?> FindAsync(string userId, int id, CancellationToken ct) =>
        await Rows(userId, id).FirstOrDefaultAsync(ct) is { } row ? Row(row) : null;

    public Task<int> UnreadCountAsync(string userId, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    /// <summary>False when the user has no such notification.</summary>
    public async Task<bool> MarkReadAsync(string userId, int id, CancellationToken ct)
    {
        if (!await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == userId, ct))
            return false;
        await db.Notifications.Where(n => n.Id == id && n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, time.GetUtcNow()), ct);
        return true;
    }

    public Task<int> MarkAllReadAsync(string userId, CancellationToken ct) =>
        db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, time.GetUtcNow()), ct);

    /// <summary>Newest first: ids grow with time (and SQLite cannot order by a DateTimeOffset).</summary>
    private IQueryable<Projected> Rows(string userId, int? id = null) =>
        db.Notifications.AsNoTracking().Where(n => n.UserId == userId && (id == null || n.Id == id)).OrderByDescending(n => n.Id)
            .Join(db.Reminders, n => n.ReminderId, r => r.Id, (n, r) => new Projected(n.Id, r.Subject, n.Reason, n.Href, n.CreatedAt, n.ReadAt == null));

    private static NotificationRow Row(Projected p) => new(p.Id, p.Subject, p.Reason, p.Href, p.CreatedAt.Display(), p.Unread);

    private sealed record Projected(int Id, string Subject, string Reason, string Href, DateTimeOffset CreatedAt, bool Unread);
}
