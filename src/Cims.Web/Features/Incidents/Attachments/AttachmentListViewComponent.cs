using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>What the incident page's attachment list shows, and where the user may change the attachments (if anywhere).</summary>
public sealed record AttachmentList(int IncidentId, IReadOnlyList<AttachmentRow> Attachments, string? ManageUrl, bool CanRemove = false);

/// <summary>
/// The read-only list of an incident's attachments on the incident page, which has already checked the
/// user may see the incident. Lists names and sizes only; the bytes come through the download action.
/// </summary>
public sealed class AttachmentListViewComponent(AttachmentQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int incidentId, string? manageUrl) =>
        View("/Features/Incidents/Attachments/_List.cshtml", new AttachmentList(incidentId, await queries.ListAsync(incidentId, HttpContext.RequestAborted), manageUrl));
}
