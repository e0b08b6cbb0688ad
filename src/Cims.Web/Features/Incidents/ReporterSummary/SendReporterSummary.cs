using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.View;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.ReporterSummary;

public sealed record ReporterSummaryForm
{
    public const string PreviewStep = "Preview";

    public Guid? Version { get; init; }

    public string? Summary { get; init; }

    /// <summary><see cref="PreviewStep"/> shows the summary as the reporter will read it; anything else sends it.</summary>
    public string? Step { get; init; }

    public bool IsPreview => Step == PreviewStep;
}

public sealed class ReporterSummaryFormValidator : AbstractValidator<ReporterSummaryForm>
{
    public ReporterSummaryFormValidator()
    {
        RuleFor(f => f.Summary).NotEmpty().WithMessage(IncidentErrors.SummaryRequired.Message)
            .MaximumLength(Incident.ReporterSummaryMaxLength).WithMessage(IncidentErrors.SummaryTooLong.Message);
    }
}

/// <summary>
/// Sends the reporter of a closed incident its outcome summary: checks the version the delegate read, records the
/// summary on the incident, e-mails it to the reporter's account address and only then saves it with its audit entry.
/// If the e-mail cannot be sent nothing is saved, and the delegate gets their text back with the reason. If the e-mail
/// went but someone saved the incident meanwhile, the summary is recorded on the latest version (it was sent).
/// </summary>
public sealed class SendReporterSummary(CimsDbContext db, AuditLog audit, ReporterSummaryMail mail, TimeProvider time)
{
    public const string Action = "incident.reporter_summary_sent";

    public static readonly Error NotAllowed = new("incident.summary_not_allowed", "You cannot send the outcome summary of this incident.");

    public async Task<Result> RunAsync(int id, ReporterSummaryForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return IncidentErrors.NotFound(id);
        if (!ReporterSummaryRules.CanSend(incident, user))
            return NotAllowed;
        if (form.Version != incident.Version)
            return IncidentErrors.Concurrency;
        var by = new Actor(user.UserId(), user.DisplayName());
        var now = time.GetUtcNow();
        var sent = incident.SendReporterSummary(form.Summary, by, now);
        if (sent.Failed)
            return sent;
        var mailed = await mail.SendAsync(incident, ct);
        if (mailed.Failed)
        {
            db.ChangeTracker.Clear();
            return mailed;
        }

        var saved = await RecordAsync(id, ct);
        if (!saved.Failed)
            return saved;

        // The e-mail went, but someone saved the incident in between (an addendum): record the summary on the latest version.
        var latest = await db.Incidents.SingleAsync(i => i.Id == id, ct);
        var again = latest.SendReporterSummary(form.Summary, by, now);
        return again.Failed ? again : await RecordAsync(id, ct);
    }

    private Task<Result> RecordAsync(int id, CancellationToken ct)
    {
        audit.Record(Action, GetIncidentPage.EntityType, GetIncidentPage.Key(id), "Outcome summary e-mailed to the reporter.");
        return db.SaveOrStaleAsync(IncidentErrors.Concurrency, ct);
    }
}
