using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Withdrawal;

public sealed record WithdrawForm
{
    public const int ReasonMaxLength = 2000;

    public Guid? Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for withdrawing the incident.")
            .MaximumLength(WithdrawForm.ReasonMaxLength).WithMessage($"The reason must be {WithdrawForm.ReasonMaxLength} characters or fewer.");
    }
}

/// <summary>
/// Withdraws an incident with a reason, and its open investigation and open review with the same reason, in one
/// save: every history and the audit log say who withdrew it, when and why.
/// </summary>
public sealed class WithdrawIncident(CimsDbContext db, AuditLog audit, TimeProvider time)
{
    public static readonly Error NotAllowed = new("incident.withdraw_not_allowed", "You cannot withdraw this incident.");

    /// <summary>The open investigation that would be withdrawn with the incident, if there is one.</summary>
    public Task<Investigation?> OpenInvestigationAsync(int incidentId, CancellationToken ct) =>
        OpenInvestigations(incidentId).AsNoTracking().SingleOrDefaultAsync(ct);

    /// <summary>The open review that would be withdrawn with the incident, if there is one.</summary>
    public async Task<Review?> OpenReviewAsync(int incidentId, CancellationToken ct) =>
        await db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.IncidentId == incidentId, ct) is { IsOpen: true } review ? review : null;

    public async Task<Result> RunAsync(int id, WithdrawForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return IncidentErrors.NotFound(id);
        if (!WithdrawalRules.CanWithdraw(incident, user))
            return NotAllowed;
        if (form.Version != incident.Version)
            return IncidentErrors.Concurrency;
        var by = new Actor(user.UserId(), user.DisplayName());
        var now = time.GetUtcNow();
        var withdrawn = incident.Withdraw(by, form.Reason, now);
        if (withdrawn.Failed)
            return withdrawn;
        audit.Record("incident.withdrawn", GetIncidentPage.EntityType, GetIncidentPage.Key(id), $"Reason: {form.Reason!.Trim()}");
        if (await OpenInvestigations(id).SingleOrDefaultAsync(ct) is { } investigation)
        {
            var stopped = investigation.Withdraw(by, form.Reason, now);
            if (stopped.Failed)
                return stopped;
            audit.Record("investigation.withdrawn", "Investigation", GetIncidentPage.Key(investigation.Id), "Withdrawn with its incident.");
        }

        var review = await db.Reviews.SingleOrDefaultAsync(r => r.IncidentId == id, ct);
        if (review is { IsOpen: true })
        {
            var stopped = review.Withdraw(by, form.Reason, now);
            if (stopped.Failed)
                return stopped;
            audit.Record("review.withdrawn", "Review", GetIncidentPage.Key(review.Id), "Withdrawn with its incident.");
        }

        return await db.SaveOrStaleAsync(IncidentErrors.Concurrency, ct);
    }

    private IQueryable<Investigation> OpenInvestigations(int incidentId) =>
        db.Investigations.Where(v => v.IncidentId == incidentId
            && v.Status != InvestigationStatus.Withdrawn && v.Status != InvestigationStatus.Accepted);
}
