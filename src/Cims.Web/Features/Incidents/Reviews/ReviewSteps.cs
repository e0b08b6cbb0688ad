using System.Security.Claims;
using Cims.Domain.Calendar;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.Investigations.Outcome;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Reviews;

/// <summary>
/// The review's way to the department: the manager submits it, the CEO or senior delegate approves or returns it
/// (under E1 an approved case review stays in the organisation's register), the department accepts it or returns it
/// for more work with a new due date. Each step moves the review and its incident in one save, with its audit entry,
/// then tells the people who act next.
/// </summary>
public sealed class ReviewSteps(ReviewWrites writes, AuditLog audit, ReviewMail mail, TimeProvider time)
{
    public async Task<Result> SubmitAsync(int id, OutcomeDecisionForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await StepAsync(id, form.Version, user, r => r.CanWork(user), ReviewStepErrors.CannotWork,
            (r, incident, now) => Task.FromResult(r.Submit(incident, ReviewWrites.ActorOf(user), now)), "review.submitted", null, ct);
        if (result.Failed)
            return result.Error;
        await mail.SubmittedAsync(result.Value, ct);
        return Result.Ok();
    }

    public async Task<Result> ApproveAsync(int id, OutcomeDecisionForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await StepAsync(id, form.Version, user, r => r.CanApprove(user), ReviewStepErrors.CannotApprove,
            async (r, incident, now) => r.Approve(incident, ReviewWrites.ActorOf(user), await writes.InvestigationDoneAsync(r, ct), now),
            "review.approved", null, ct);
        if (result.Failed)
            return result.Error;
        var review = result.Value;
        await mail.DecidedAsync(review, $"{review.Kind.Display()} approved",
            review.Status == ReviewStatus.HeldByOrganisation
                ? "The review was approved and is kept in the organisation's register."
                : "The review was approved and submitted to the department.", ct);
        return Result.Ok();
    }

    public Task<Result> ReturnAsync(int id, OutcomeDecisionForm form, ClaimsPrincipal user, CancellationToken ct) => DecideAsync(
        id, form.Version, user, r => r.CanApprove(user), ReviewStepErrors.CannotApprove,
        (r, incident, now) => Task.FromResult(r.Return(incident, ReviewWrites.ActorOf(user), form.Reason, now)),
        "review.returned", $"Reason: {form.Reason}", "Review returned", "The review was returned for changes. The reason:", ct);

    public Task<Result> AcceptAsync(int id, OutcomeDecisionForm form, ClaimsPrincipal user, CancellationToken ct) => DecideAsync(
        id, form.Version, user, r => r.CanReviewOutcome(user), ReviewStepErrors.CannotReviewOutcome,
        async (r, incident, now) => r.Accept(incident, ReviewWrites.ActorOf(user), await writes.InvestigationDoneAsync(r, ct), now),
        "review.accepted", null, "Review accepted", "The department accepted the review.", ct);

    public Task<Result> SendBackAsync(int id, SendBackForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var day = form.DueOn!.Value;
        var due = new Deadline(BusinessCalendar.EndOfBusinessDay(day, MelbourneTime.Zone), $"Due by the end of {day.Display()}: the date the department set when it returned the review for more work.");
        return DecideAsync(
            id, form.Version, user, r => r.CanReviewOutcome(user), ReviewStepErrors.CannotReviewOutcome,
            (r, incident, now) => Task.FromResult(r.SendBack(incident, ReviewWrites.ActorOf(user), form.Reason, due, now)),
            "review.sent_back", $"Reason: {form.Reason}; new due date {day.Display()}", "More work asked for the review",
            $"The department returned the review for more work; the new due date is {day.Display()}. The reason:", ct);
    }

    private async Task<Result> DecideAsync(
        int id, Guid? version, ClaimsPrincipal user, Func<Review, bool> allowed, Error notAllowed, Func<Review, Incident, DateTimeOffset, Task<Result>> step,
        string auditAction, string? auditDetails, string subject, string what, CancellationToken ct)
    {
        var result = await StepAsync(id, version, user, allowed, notAllowed, step, auditAction, auditDetails, ct);
        if (result.Failed)
            return result.Error;
        await mail.DecidedAsync(result.Value, subject, what, ct);
        return Result.Ok();
    }

    private async Task<Result<Review>> StepAsync(
        int id, Guid? version, ClaimsPrincipal user, Func<Review, bool> allowed, Error notAllowed, Func<Review, Incident, DateTimeOffset, Task<Result>> step,
        string auditAction, string? auditDetails, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, version, user, allowed, notAllowed, ct);
        if (loaded.Failed)
            return loaded.Error;
        var review = loaded.Value;
        var moved = await step(review, await writes.IncidentOfAsync(review, ct), time.GetUtcNow());
        if (moved.Failed)
            return moved.Error;
        audit.Record(auditAction, ReviewWrites.EntityType, ReviewWrites.Key(id), auditDetails);
        var saved = await writes.SaveAsync(ct);
        return saved.Failed ? saved.Error : Result<Review>.Ok(review);
    }
}
