using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>
/// Finds a report the user may see (through <see cref="IncidentAccess.VisibleIncidents"/>) and says whether they
/// may change its attachments; lists attachments without loading their bytes.
/// </summary>
public sealed class AttachmentQueries(CimsDbContext db)
{
    /// <summary>The incident and the user's editing role, or null when the user may not see it.</summary>
    public async Task<(Incident Incident, AttachmentEditor Editor)?> FindAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(i => i.Id == id, ct);
        return incident is null ? null : (incident, EditorOf(incident, user));
    }

    public static AttachmentEditor EditorOf(Incident incident, ClaimsPrincipal user) =>
        incident.CanEditAsReporter(user) ? AttachmentEditor.Reporter
        : incident.CanEndorse(user) ? AttachmentEditor.Delegate
        : AttachmentEditor.None;

    public Task<List<AttachmentRow>> ListAsync(int incidentId, CancellationToken ct) =>
        db.IncidentAttachments.AsNoTracking()
            .Where(a => a.IncidentId == incidentId)
            .OrderBy(a => a.Id)
            .Select(a => new AttachmentRow(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.Description, a.UploadedByName, a.UploadedAt))
            .ToListAsync(ct);

    /// <summary>The attachments page for someone who may change them, or null (not found, or not theirs to change).</summary>
    public async Task<AttachmentsPage?> PageAsync(ClaimsPrincipal user, int id, UploadForm? form, CancellationToken ct)
    {
        if (await FindAsync(user, id, ct) is not { Editor: not AttachmentEditor.None } found)
            return null;
        var incident = found.Incident;
        return new AttachmentsPage(id, found.Editor, incident.ReturnReason, incident.Version, await ListAsync(id, ct), form ?? new UploadForm());
    }
}
