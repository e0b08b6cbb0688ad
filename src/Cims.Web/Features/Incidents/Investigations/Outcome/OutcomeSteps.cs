using System.Security.Claims;
using Cims.Domain.Calendar;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents.Investigations.Outcome;

/// <summary>
/// The outcome's way to the department: the manager saves and submits it, the CEO or senior delegate approves or
/// returns it, the department accepts it or returns it for more work with a new due date. Each step moves the
/// investigation and its incident in one save, with its audit entry, then tells the people who act next.
/// </summary>
public sealed class OutcomeSteps(InvestigationWrites writes, AuditLog audit, InvestigationMail mail, TimeProvider time)
{
    public async Task<Result> SaveAsync(int id, OutcomeForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await StepAsync(id, form.Version, user, i => i.CanWork(user), InvestigationStepErrors.CannotWork, (i, incident, now) =>
        {
            var saved = i.SaveOutcome(form.ToOutcome(), now);
            return saved.Failed || !form.Submits ? saved : i.SubmitOutcome(incident, InvestigationWrites.ActorOf(user), now);
        }, form.Submits ? "investigation.outcome_submitted" : "investigation.outcome_saved", null, ct);
        if (!result.Failed && form.Submits)
            await mail.OutcomeSubmittedAsync(result.Value, ct);
        return result.Failed ? result.Error : Result.Ok();
    }

    public Task<Result> ApproveAsync(int id, OutcomeDecisionForm form, ClaimsPrincipal user, CancellationToken ct) => DecideAsync(
        id, form.Version, user, i => i.CanApproveOutcome(user), InvestigationStepErrors.CannotApproveOutcome,
        (i, incident, now) => i.ApproveOutcome(incident, InvestigationWrites.ActorOf(user), now),
        "investigation.outcome_approved", null, "Investigation outcome approved", "The outcome was approved and submitted to the department.", ct);

    public Task<Result> ReturnAsync(int id, OutcomeDecisionForm form, ClaimsPrincipal user, CancellationToken ct) => DecideAsync(
        id, form.Version, user, i => i.CanApproveOutcome(user), InvestigationStepErrors.CannotApproveOutcome,
        (i, incident, now) => i.ReturnOutcome(incident, InvestigationWrites.ActorOf(user), form.Reason, now),
        "investigation.outcome_returned", $"Reason: {form.Reason}", "Investigation outcome returned", "The outcome was returned for changes. The reason:", ct);

    /// <summary>The department accepts the outcome; after a combined follow-up the incident closes only if its review is done too.</summary>
    public async Task<Result> AcceptAsync(int id, OutcomeDecisionForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var reviewDone = await writes.ReviewDoneAsync(id, ct);
        return await DecideAsync(
            id, form.Version, user, i => i.CanReviewOutcome(user), InvestigationStepErrors.CannotReviewOutcome,
            (i, incident, now) => i.AcceptOutcome(incident, InvestigationWrites.ActorOf(user), now, reviewDone),
            "investigation.outcome_accepted", null, "Investigation outcome accepted", "The department accepted the investigation's outcome.", ct);
    }

    public async Task<Result> SendBackAsync(int id, SendBackForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var day = form.DueOn!.Value;
        var due = new Deadline(BusinessCalendar.EndOfBusinessDay(day, MelbourneTime.Zone), $"Due by the end of {day.Display()}: the date the department set when it returned the outcome for more work.");
        return await DecideAsync(
            id, form.Version, user, i => i.CanReviewOutcome(user), InvestigationStepErrors.CannotReviewOutcome,
            (i, incident, now) => i.SendBack(incident, InvestigationWrites.ActorOf(user), form.Reason, due, now),
            "investigation.outcome_sent_back", $"Reason: {form.Reason}; new due date {day.Display()}", "More work asked for the investigation",
            $"The department returned the outcome for more work; the new due date is {day.Display()}. The reason:", ct);
    }

    private async Task<Result> DecideAsync(
        int id, Guid? version, ClaimsPrincipal user, Func<Investigation, bool> allowed, Error notAllowed, Func<Investigation, Incident, DateTimeOffset, Result> step,
        string auditAction, string? auditDetails, string subject, string what, CancellationToken ct)
    {
        var result = await StepAsync(id, version, user, allowed, notAllowed, step, auditAction, auditDetails, ct);
        if (result.Failed)
            return result.Error;
        await mail.OutcomeDecidedAsync(result.Value, subject, what, ct);
        return Result.Ok();
    }

    private async Task<Result<Investigation>> StepAsync(
        int id, Guid? version, ClaimsPrincipal user, Func<Investigation, bool> allowed, Error notAllowed, Func<Investigation, Incident, DateTimeOffset, Result> step,
        string auditAction, string? auditDetails, CancellationToken ct)
    {
        var loaded = await writes.LoadAsync(id, version, user, allowed, notAllowed, ct);
        if (loaded.Failed)
            return loaded.Error;
        var investigation = loaded.Value;
        var moved = step(investigation, await writes.IncidentOfAsync(investigation, ct), time.GetUtcNow());
        if (moved.Failed)
            return moved.Error;
        audit.Record(auditAction, InvestigationWrites.EntityType, InvestigationWrites.Key(id), auditDetails);
        var saved = await writes.SaveAsync(ct);
        return saved.Failed ? saved.Error : Result<Investigation>.Ok(investigation);
    }
}
