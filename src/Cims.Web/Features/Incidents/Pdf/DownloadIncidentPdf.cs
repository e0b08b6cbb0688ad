using System.Globalization;
using System.Security.Claims;
using Cims.Domain.Incidents;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Pdf;

public sealed record IncidentPdfFile(byte[] Content, string FileName);

/// <summary>
/// The PDF copy of a report, for anyone who may see the incident once it has left draft (a draft has
/// no PDF). Each download is written to the audit log.
/// </summary>
public sealed class DownloadIncidentPdf(CimsDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<IncidentPdfFile?> RunAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var incident = await db.VisibleIncidents(user).AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null || incident.Status == IncidentStatus.Draft)
            return null;
        var names = await IncidentPdfNames.LoadAsync(db, incident, ct);
        var bytes = IncidentPdf.Render(incident, names, user.DisplayName(), time.GetUtcNow());
        var fileName = IncidentPdf.FileName(incident);
        audit.Record("incident.pdf_downloaded", "Incident", id.ToString(CultureInfo.InvariantCulture), $"File: {fileName}");
        await db.SaveChangesAsync(ct);
        return new IncidentPdfFile(bytes, fileName);
    }
}
