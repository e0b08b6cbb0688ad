using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.View;

public sealed record AddendumForm
{
    public Guid? Version { get; init; }

    public string? Text { get; init; }
}

public sealed class AddendumFormValidator : AbstractValidator<AddendumForm>
{
    public AddendumFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the correction.")
            .MaximumLength(Addendum.TextMaxLength).WithMessage($"The correction must be {Addendum.TextMaxLength} characters or fewer.");
    }
}

/// <summary>Adds a correction to a report after endorsement: the report's own text is never overwritten.</summary>
public sealed class AddAddendum(CimsDbContext db, AuditLog audit, TimeProvider time)
{
    public static readonly Error NotAllowed = new("incident.addendum_not_allowed", "You cannot add a correction to this report now.");

    public async Task<Result> RunAsync(int id, AddendumForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return IncidentErrors.NotFound(id);
        if (!AddendumRules.CanAdd(incident, user))
            return NotAllowed;
        if (form.Version != incident.Version)
            return IncidentErrors.Concurrency;
        var result = incident.AddAddendum(AddendumKind.Correction, form.Text, new Actor(user.UserId(), user.DisplayName()), time.GetUtcNow());
        if (result.Failed)
            return result;
        audit.Record("incident.addendum_added", GetIncidentPage.EntityType, GetIncidentPage.Key(id), $"Correction added ({form.Text!.Trim().Length} characters).");
        return await db.SaveOrStaleAsync(IncidentErrors.Concurrency, ct);
    }
}
