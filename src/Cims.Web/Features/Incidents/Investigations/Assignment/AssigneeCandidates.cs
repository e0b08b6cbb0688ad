using Cims.Domain.Common;
using Cims.Domain.Identity;
using Cims.Domain.Investigations;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Incidents.Investigations.Assignment;

/// <summary>A user who may be given an investigation, as listed in the choice.</summary>
public sealed record Candidate(string UserId, string Name, string? Email);

/// <summary>Who may be chosen: the role of the manager, the roles of a user accountable for an external one, and the error when the choice is not one of them.</summary>
public sealed record CandidateRoles(string[] Managers, string[] Accountable, Error UnknownManager)
{
    public static readonly CandidateRoles Investigation = new(
        [Roles.InvestigationManager], [Roles.InvestigationManager, Roles.AuthorisedDelegate], InvestigationStepErrors.UnknownManager);

    public static readonly CandidateRoles Review = new(
        [Roles.ReviewManager], [Roles.ReviewManager, Roles.AuthorisedDelegate],
        new Error("review.unknown_manager", "Choose a review manager of your organisation.", "ManagerUserId"));
}

/// <summary>
/// The active users of an organisation who may investigate or review (the investigation manager role) or be accountable for
/// an external one (a manager of that kind or an authorised delegate); turns the form into an <see cref="Assignee"/>.
/// </summary>
public sealed class AssigneeCandidates(CimsDbContext db)
{
    public Task<List<Candidate>> ManagersAsync(int organisationId, CancellationToken ct, CandidateRoles? roles = null) =>
        InRolesAsync(organisationId, (roles ?? CandidateRoles.Investigation).Managers, ct);

    public Task<List<Candidate>> AccountableAsync(int organisationId, CancellationToken ct, CandidateRoles? roles = null) =>
        InRolesAsync(organisationId, (roles ?? CandidateRoles.Investigation).Accountable, ct);

    public async Task<Result<Assignee>> AssigneeAsync(int organisationId, AssignForm form, CancellationToken ct, CandidateRoles? roles = null)
    {
        roles ??= CandidateRoles.Investigation;
        if (!form.IsExternal)
        {
            var manager = (await ManagersAsync(organisationId, ct, roles)).SingleOrDefault(c => c.UserId == form.ManagerUserId);
            return manager is null ? roles.UnknownManager : Result<Assignee>.Ok(Assignee.Internal(manager.UserId, manager.Name, manager.Email));
        }

        var accountable = (await AccountableAsync(organisationId, ct, roles)).SingleOrDefault(c => c.UserId == form.AccountableUserId);
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
