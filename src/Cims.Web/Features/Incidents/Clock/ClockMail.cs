using System.Text.Encodings.Web;
using Cims.Domain.Identity;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>
/// Tells people about the clock of an investigation or a review: department staff when an extension request waits
/// for them; the requester when it is decided; the person responsible when the clock is paused or resumed.
/// </summary>
public sealed class ClockMail(WorkMail mail, CimsDbContext db)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public async Task ExtensionRequestedAsync(ClockedWork work, CancellationToken ct)
    {
        var staff = await db.ActiveUsersInRole(Roles.DepartmentStaff).Select(u => u.Id).ToListAsync(ct);
        var request = work.PendingExtension!;
        foreach (var userId in staff)
        {
            await mail.ToUserAsync(userId, work, $"An extension request for {Article(work)} is waiting for your decision",
                $"<p>{Html.Encode(request.RequestedByName)} asked to extend the due date to {request.RequestedDueOn.Display()}. The reason:</p><blockquote>{Html.Encode(request.Reason)}</blockquote>", ct);
        }
    }

    public Task ExtensionDecidedAsync(ClockedWork work, CancellationToken ct)
    {
        var request = work.Extensions[^1];
        var body = request.Status == ExtensionStatus.Approved
            ? $"<p>The department approved the extension: the {Html.Encode(ClockKind.Noun(work))} is now due {work.DueAt?.Display()} (Melbourne time).</p>"
            : $"<p>The department declined the extension. The reason:</p><blockquote>{Html.Encode(request.DeclineReason ?? "")}</blockquote>";
        return mail.ToUserAsync(request.RequestedByUserId, work, $"Your extension request was {request.Status.Display().ToLowerInvariant()}", body, ct);
    }

    public Task HoldChangedAsync(ClockedWork work, CancellationToken ct)
    {
        var noun = ClockKind.Noun(work);
        return mail.ToUserAsync(
            work.Manager.ResponsibleUserId, work,
            work.IsOnHold ? $"Your {noun} is on hold at police request" : $"Your {noun}'s clock has resumed",
            work.IsOnHold
                ? $"<p>The department paused the {Html.Encode(noun)}'s clock at police request. The reason:</p><blockquote>{Html.Encode(work.CurrentHold!.Reason)}</blockquote>"
                : $"<p>The department resumed the {Html.Encode(noun)}'s clock. It is now due {work.DueAt?.Display()} (Melbourne time).</p>",
            ct);
    }

    private static string Article(ClockedWork work) => work is Review review ? review.Kind.WithArticle() : "an investigation";
}
