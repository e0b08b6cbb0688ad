using Cims.Domain.Common;
using Cims.Domain.Identity;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations.Assignment;

/// <summary>A user who may be given an investigation, as listed in the choice.</summary>
public sealed record Candidate(string UserId, string Name, string? Email);

/// <summary>
/// The active users of an organisation who may investigate (the investigation manager role) or be accountable for
/// an external investigator (an investigation manager or an authorised delegate); turns the form into an <see cref="Assignee"/>.
/// </summary>
public sealed class AssigneeCandidates(CimsDbContext db)
{
    private static readonly string[] ManagerRoles = [Roles.InvestigationManager];
    private static readonly string[] AccountableRoles = [Roles.InvestigationManager, Roles.AuthorisedDelegate];

    public Task<List<Candidate>> ManagersAsync(int organisationId, CancellationToken ct) => InRolesAsync(organisationId, ManagerRoles, ct);

    public Task<List<Candidate>> AccountableAsync(int organisationId, CancellationToken ct) => InRolesAsync(organisationId, AccountableRoles, ct);

    public async Task<Result<Assignee>> AssigneeAsync(int organisationId, AssignForm form, CancellationToken ct)
    {
        if (!form.IsExternal)
        {
            var manager = (await ManagersAsync(organisationId, ct)).SingleOrDefault(c => c.UserId == form.ManagerUserId);
            return manager is null ? InvestigationStepErrors.UnknownManager : Result<Assignee>.Ok(Assignee.Internal(manager.UserId, manager.Name, manager.Email));
        }

        var accountable = (await AccountableAsync(organisationId, ct)).SingleOrDefault(c => c.UserId == form.AccountableUserId);
        return accountable is null
            ? InvestigationStepErrors.UnknownAccountable
            : Assignee.External(form.ExternalName, form.ExternalOrganisation, form.ExternalContact, accountable.UserId, accountable.Name);
    }

    private Task<List<Candidate>> InRolesAsync(int organisationId, string[] roles, CancellationToken ct) =>
        db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.IsActive)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.DisplayName)
            .Select(u => new Candidate(u.Id, u.DisplayName, u.Email))
            .ToListAsync(ct);
}
