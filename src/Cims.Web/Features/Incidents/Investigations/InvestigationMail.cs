using System.Text.Encodings.Web;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Clock;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations;

/// <summary>
/// Tells people about investigation steps that wait for them: the assignee when assigned, the organisation's
/// delegates when a plan waits for endorsement, the manager when it is returned or endorsed. The step is already
/// saved: a mail failure is logged, not shown as an error.
/// </summary>
public sealed class InvestigationMail(
    CimsDbContext db, WorkMail work)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public Task AssignedAsync(Investigation investigation, Incident incident, CancellationToken ct) => ToUserAsync(
        investigation.Manager.ResponsibleUserId, investigation,
        $"Investigation of incident {incident.Number} assigned to you",
        investigation.Manager.IsExternal
            ? $"<p>You are accountable for the external investigator {Html.Encode(investigation.Manager.Describe())}, who investigates incident {Html.Encode(incident.Number ?? "")}. Start with the investigation plan.</p>"
            : $"<p>You are the investigation manager for incident {Html.Encode(incident.Number ?? "")}. Start with the investigation plan.</p>",
        ct);

    public Task PlanSubmittedAsync(Investigation investigation, CancellationToken ct) => ToDelegatesAsync(
        investigation, "An investigation plan is waiting for your endorsement",
        $"<p>{Html.Encode(investigation.Manager.ResponsibleName)} submitted an investigation plan for endorsement.</p>", ct);

    public Task OutcomeSubmittedAsync(Investigation investigation, CancellationToken ct) => ToDelegatesAsync(
        investigation, "An investigation outcome is waiting for your approval",
        $"<p>{Html.Encode(investigation.Manager.ResponsibleName)} submitted the investigation's outcome for approval. Approving it submits it to the department.</p>", ct);

    /// <summary>Tells the manager what became of the outcome: returned by the approver, or the department's decision.</summary>
    public Task OutcomeDecidedAsync(Investigation investigation, string subject, string what, CancellationToken ct) => ToUserAsync(
        investigation.Manager.ResponsibleUserId, investigation, subject,
        $"<p>{Html.Encode(what)}</p>{(investigation.ReturnReason is { } reason && investigation.CanWork ? $"<blockquote>{Html.Encode(reason)}</blockquote>" : "")}", ct);

    private async Task ToDelegatesAsync(Investigation investigation, string subject, string body, CancellationToken ct)
    {
        var delegates = await db.ActiveUsersInRole(Roles.AuthorisedDelegate)
            .Where(u => u.OrganisationId == investigation.OrganisationId && u.Id != investigation.Manager.ResponsibleUserId)
            .Select(u => u.Id).ToListAsync(ct);
        foreach (var userId in delegates)
            await ToUserAsync(userId, investigation, subject, body, ct);
    }

    public Task PlanReturnedAsync(Investigation investigation, CancellationToken ct) => ToUserAsync(
        investigation.Manager.ResponsibleUserId, investigation, "Your investigation plan was returned",
        $"<p>The plan was returned for changes. The reason:</p><blockquote>{Html.Encode(investigation.ReturnReason ?? "")}</blockquote>", ct);

    public Task PlanEndorsedAsync(Investigation investigation, CancellationToken ct) => ToUserAsync(
        investigation.Manager.ResponsibleUserId, investigation, "Your investigation plan was endorsed",
        $"<p>{Html.Encode(investigation.PlanEndorsedBy ?? "")} endorsed the plan: the investigation is in progress.</p>", ct);

    internal Task ToUserAsync(string userId, Investigation investigation, string subject, string body, CancellationToken ct) =>
        work.ToUserAsync(userId, investigation, subject, body, ct);
}
