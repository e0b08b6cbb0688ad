using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Time;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Report.Drafts;

/// <summary>The first question: did the incident occur during service delivery?</summary>
public sealed record StartForm
{
    public bool? DuringServiceDelivery { get; init; }
}

public sealed class StartFormValidator : AbstractValidator<StartForm>
{
    public StartFormValidator() =>
        RuleFor(f => f.DuringServiceDelivery).NotNull().WithMessage("Choose whether the incident occurred during service delivery.");
}

/// <summary>Creates the draft report for the user's organisation under the policy in force today, with its audit entry.</summary>
public sealed class StartReport(CimsDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<int> RunAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var incident = Incident.Start(user.OrganisationId(), user.UserId(), clock.Today(), now);
        if (incident.SetScope(true, now) is { Failed: true } scoped)
            throw new InvalidOperationException($"A new draft could not take its scope: {scoped.Error.Message}");
        incident.RememberStep(ReportSteps.Service.Name);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Incidents.Add(incident);
        await db.SaveChangesAsync(ct);
        audit.Record("incident.created", ReportErrors.EntityType, DraftStore.Id(incident), $"Draft report under {incident.Profile}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return incident.Id;
    }
}
