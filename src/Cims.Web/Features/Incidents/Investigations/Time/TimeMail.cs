using System.Text.Encodings.Web;
using Cims.Domain.Identity;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations.Time;

/// <summary>
/// Tells people about the investigation's clock: department staff when an extension request waits for them; the
/// requester when it is decided; the person responsible when the clock is paused or resumed.
/// </summary>
public sealed class TimeMail(InvestigationMail mail, CimsDbContext db)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public async Task ExtensionRequestedAsync(Investigation investigation, CancellationToken ct)
    {
        var staff = await db.ActiveUsersInRole(Roles.DepartmentStaff).Select(u => u.Id).ToListAsync(ct);
        var request = investigation.PendingExtension!;
        foreach (var userId in staff)
        {
            await mail.ToUserAsync(userId, investigation, "An investigation extension request is waiting for your decision",
                $"<p>{Html.Encode(request.RequestedByName)} asked to extend the due date to {request.RequestedDueOn.Display()}. The reason:</p><blockquote>{Html.Encode(request.Reason)}</blockquote>", ct);
        }
    }

    public Task ExtensionDecidedAsync(Investigation investigation, CancellationToken ct)
    {
        var request = investigation.Extensions[^1];
        var body = request.Status == ExtensionStatus.Approved
            ? $"<p>The department approved the extension: the investigation is now due {investigation.DueAt?.Display()} (Melbourne time).</p>"
            : $"<p>The department declined the extension. The reason:</p><blockquote>{Html.Encode(request.DeclineReason ?? "")}</blockquote>";
        return mail.ToUserAsync(request.RequestedByUserId, investigation, $"Your extension request was {request.Status.Display().ToLowerInvariant()}", body, ct);
    }

    public Task HoldChangedAsync(Investigation investigation, CancellationToken ct) => mail.ToUserAsync(
        investigation.Manager.ResponsibleUserId, investigation,
        investigation.IsOnHold ? "Your investigation is on hold at police request" : "Your investigation's clock has resumed",
        investigation.IsOnHold
            ? $"<p>The department paused the investigation's clock at police request. The reason:</p><blockquote>{Html.Encode(investigation.CurrentHold!.Reason)}</blockquote>"
            : $"<p>The department resumed the investigation's clock. It is now due {investigation.DueAt?.Display()} (Melbourne time).</p>",
        ct);
}
