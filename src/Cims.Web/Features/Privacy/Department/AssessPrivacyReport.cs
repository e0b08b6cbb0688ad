using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Privacy;
using Cims.Web.Data;
using Cims.Web.Features.Incidents;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>
/// The privacy officer's actions on a submitted report: each checks the version the officer read, applies one
/// domain method, and saves it with its audit entry in one transaction (both or neither).
/// </summary>
public sealed class AssessPrivacyReport(CimsDbContext db, GetPrivacyReportPage pages, AuditLog audit, TimeProvider time)
{
    public Task<Result<string>> AssignAsync(int id, AssignForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, form, user, "privacy.assigned", async (report, by, now) =>
        {
            var officer = (await pages.StaffAsync(ct)).FirstOrDefault(s => s.UserId == form.AssigneeId);
            if (officer is null)
                return (PrivacyDepartmentErrors.NotStaff, "");
            return (report.Assign(new Actor(officer.UserId, officer.Name), by, now), $"Assigned to {officer.Name}.");
        }, ct);

    public Task<Result<string>> AddNoteAsync(int id, NoteForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, form, user, "privacy.note_added", (report, by, now) =>
            Task.FromResult((report.AddNote(form.Note!, by, now), "Note added.")), ct);

    public Task<Result<string>> CloseAsync(int id, CloseForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, form, user, "privacy.closed", (report, by, now) =>
            Task.FromResult((report.Close(form.Outcome!, form.ClosureReason!, by, now), $"Closed: {PrivacyOutcomes.Label(form.Outcome)}.")), ct);

    public Task<Result<string>> ReopenAsync(int id, ReopenForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, form, user, "privacy.reopened", (report, by, now) =>
            Task.FromResult((report.Reopen(form.ReopenReason!, by, now), "Reopened for assessment.")), ct);

    public Task<Result<string>> LinkAsync(int id, LinkForm form, ClaimsPrincipal user, CancellationToken ct) =>
        ApplyAsync(id, form, user, "privacy.linked", async (report, by, now) =>
        {
            var number = form.IncidentNumber!.Trim().ToUpperInvariant();
            var incident = await db.VisibleIncidents(user).Where(i => i.Number == number).Select(i => new { i.Id }).FirstOrDefaultAsync(ct);
            if (incident is null)
                return (PrivacyDepartmentErrors.IncidentNotFound(number), "");
            return (report.LinkIncident(incident.Id, number, by, now), $"Linked to client incident {number}.");
        }, ct);

    /// <summary>Loads the report, checks its version, applies <paramref name="change"/>, audits and saves; the message on success.</summary>
    public async Task<Result<string>> ApplyAsync(
        int id, PrivacyActionForm form, ClaimsPrincipal user, string action,
        Func<Report, Actor, DateTimeOffset, Task<(Result Result, string Message)>> change, CancellationToken ct)
    {
        var report = await db.PrivacyReports.SingleOrDefaultAsync(r => r.Id == id && r.Status != PrivacyReportStatus.Draft, ct);
        if (report is null)
            return PrivacyDepartmentErrors.NotFound;
        if (report.Version != form.Version)
            return PrivacyErrors.Stale;
        var (result, message) = await change(report, new Actor(user.UserId(), user.DisplayName()), time.GetUtcNow());
        if (result.Failed)
            return result.Error;
        audit.Record(action, PrivacyDrafts.EntityType, id.ToString(CultureInfo.InvariantCulture), report.Activity[^1].Text);
        var saved = await db.SaveOrStaleAsync(PrivacyErrors.Stale, ct);
        return saved.Failed ? saved.Error : Result<string>.Ok(message);
    }
}
