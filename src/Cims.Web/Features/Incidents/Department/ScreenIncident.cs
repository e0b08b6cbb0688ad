using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Department;

/// <summary>
/// Records the department's follow-up decision on an incident in screening: the follow-up and its due
/// date, a status move to "follow-up determined" and an audit entry, in one save. Once saved, this node's shared counts
/// of the department list are forgotten, so the one who screened sees "needs screening" move on the list they return to.
/// </summary>
public sealed class ScreenIncident(
    CimsDbContext db, DepartmentSubmission submission, IncidentClock clock, AuditLog audit, TimeProvider time, DepartmentCounts counts)
{
    public async Task<Result<string>> RunAsync(int id, ScreeningForm form, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null)
            return IncidentErrors.NotFound(id);
        if (!incident.CanScreen(user))
            return ScreeningErrors.NotAwaitingScreening(incident.Status);
        if (incident.Version != form.Version)
            return IncidentErrors.Concurrency;
        var action = form.FollowUp!.Value;
        var suggestion = await submission.SuggestAsync(incident, ct);
        if (action != suggestion.Action && string.IsNullOrWhiteSpace(form.Note))
            return ScreeningErrors.NoteRequired;
        var due = await clock.FollowUpDeadlineAsync(incident, action, ct);
        var moved = incident.DetermineFollowUp(action, due, new Actor(user.UserId(), user.DisplayName()), form.Note, time.GetUtcNow());
        if (moved.Failed)
            return moved.Error;
        audit.Record("incident.screened", "Incident", id.ToString(CultureInfo.InvariantCulture), Details(action, suggestion.Action, due, form.Note));
        var saved = await db.SaveOrStaleAsync(IncidentErrors.Concurrency, ct);
        if (saved.Failed)
            return saved.Error;
        counts.Forget(); // after the save: a count taken from now on sees it; other nodes' counts catch up within their lifetime
        return Result<string>.Ok(due is null ? $"Follow-up determined: {action.Display()}." : $"Follow-up determined: {action.Display()}, due {due.DueAt.Display()}.");
    }

    private static string Details(FollowUpAction action, FollowUpAction suggested, Deadline? due, string? note) =>
        string.Join("\n", new[]
        {
            $"Follow-up: {action.Display()}",
            $"Suggested: {suggested.Display()}",
            due is null ? "Due: no deadline" : $"Due: {due.DueAt.Display()} ({due.Rule})",
            string.IsNullOrWhiteSpace(note) ? null : $"Note: {note.Trim()}",
        }.Where(l => l is not null));
}
