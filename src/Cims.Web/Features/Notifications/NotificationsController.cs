using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Notifications;

/// <summary>The signed-in user's notifications: the reminders sent to them, why, and whether they read them.</summary>
[Route("Notifications")]
public sealed class NotificationsController(UserNotifications notifications) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View("/Features/Notifications/Index.cshtml", await notifications.ListAsync(User.UserId(), ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct) =>
        await notifications.FindAsync(User.UserId(), id, ct) is { } row ? View("/Features/Notifications/Show.cshtml", row) : NotFound();

    [HttpPost("{id:int}/Read")]
    public async Task<IActionResult> Read(int id, CancellationToken ct)
    {
        if (!await notifications.MarkReadAsync(User.UserId(), id, ct))
            return NotFound();
        TempData["Flash"] = "The notification is marked as read.";
        return Redirect("/Notifications");
    }

    [HttpPost("ReadAll")]
    public async Task<IActionResult> ReadAll(CancellationToken ct)
    {
        var count = await notifications.MarkAllReadAsync(User.UserId(), ct);
        TempData["Flash"] = count == 1 ? "1 notification is marked as read." : $"{count} notifications are marked as read.";
        return Redirect("/Notifications");
    }
}
