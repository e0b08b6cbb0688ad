using System.Text.Encodings.Web;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Clock;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>
/// Tells people about review steps that wait for them: the assignee when assigned, the organisation's delegates
/// when a review waits for approval, the manager when it is returned or decided. The step is already saved: a mail
/// failure is logged, not shown as an error.
/// </summary>
public sealed class ReviewMail(CimsDbContext db, WorkMail work)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public Task AssignedAsync(Review review, Incident incident, CancellationToken ct) => ToUserAsync(
        review.Manager.ResponsibleUserId, review,
        $"{review.Kind.Display()} of incident {incident.Number} assigned to you",
        review.Manager.IsExternal
            ? $"<p>You are accountable for the external reviewer {Html.Encode(review.Manager.Describe())}, who conducts the {Html.Encode(review.Kind.Noun())} of incident {Html.Encode(incident.Number ?? "")}.</p>"
            : $"<p>You are the review manager for the {Html.Encode(review.Kind.Noun())} of incident {Html.Encode(incident.Number ?? "")}.</p>",
        ct);

    public async Task SubmittedAsync(Review review, CancellationToken ct)
    {
        var delegates = await db.ActiveUsersInRole(Roles.AuthorisedDelegate)
            .Where(u => u.OrganisationId == review.OrganisationId && u.Id != review.Manager.ResponsibleUserId)
            .Select(u => u.Id).ToListAsync(ct);
        foreach (var userId in delegates)
        {
            await ToUserAsync(userId, review, $"Waiting for your approval: {review.Kind.WithArticle()}",
                $"<p>{Html.Encode(review.Manager.ResponsibleName)} submitted the {Html.Encode(review.Kind.Noun())} for approval.</p>", ct);
        }
    }

    /// <summary>Tells the manager what became of the review: returned by the approver, or the department's decision.</summary>
    public Task DecidedAsync(Review review, string subject, string what, CancellationToken ct) => ToUserAsync(
        review.Manager.ResponsibleUserId, review, subject,
        $"<p>{Html.Encode(what)}</p>{(review.ReturnReason is { } reason && review.CanWork ? $"<blockquote>{Html.Encode(reason)}</blockquote>" : "")}", ct);

    private Task ToUserAsync(string userId, Review review, string subject, string body, CancellationToken ct) =>
        work.ToUserAsync(userId, review, subject, body, ct);
}
