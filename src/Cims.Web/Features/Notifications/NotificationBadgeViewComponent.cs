using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Notifications;

/// <summary>The unread count beside "Notifications" in the main menu.</summary>
public sealed class NotificationBadgeViewComponent(UserNotifications notifications) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Notifications/_Badge.cshtml", await notifications.UnreadCountAsync(UserClaimsPrincipal.UserId(), HttpContext.RequestAborted));
}
