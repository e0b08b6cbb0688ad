using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Users;

/// <summary>The new user's id, and why the invitation could not be sent if it could not.</summary>
public sealed record UserCreated(string Id, string Email, Error? InvitationProblem);

/// <summary>Adds a user without a password (they choose one from the invitation) and e-mails the invitation.</summary>
public sealed class CreateUser(CimsDbContext db, UserManager<CimsUser> users, AuditLog audit, SendInvitation invitation, TimeProvider clock)
{
    public async Task<Result<UserCreated>> RunAsync(ClaimsPrincipal actor, UserCreateForm form, InvitationLink link, CancellationToken ct)
    {
        // An organisation administrator's users join their own organisation, whatever the form says.
        var organisationId = actor.IsCimsAdministrator() ? form.OrganisationId : actor.OrganisationId();
        var organisation = await db.Organisations.AssignableBy(actor).Where(o => o.Id == organisationId)
            .Select(o => new { o.Id, o.Name, o.Kind }).SingleOrDefaultAsync(ct);
        if (organisation is null)
            return UserErrors.OrganisationRequired;
        var roles = (form.Roles ?? []).Distinct().ToList();
        if (RoleRules.Check(actor, organisation.Kind, roles) is { } roleError)
            return roleError;
        var email = form.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
            return UserErrors.DuplicateEmail;
        var user = new CimsUser
        {
            UserName = email,
            Email = email,
            DisplayName = form.DisplayName!.Trim(),
            OrganisationId = organisation.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (await users.CreateAsync(user) is { Succeeded: false } created)
                return UserErrors.From(created);
            if (await users.AddToRolesAsync(user, roles) is { Succeeded: false } added)
                return UserErrors.From(added);
            audit.Record("user.created", UserErrors.EntityType, user.Id, AuditLog.Changes(
                ("E-mail", null, email), ("Name", null, user.DisplayName), ("Organisation", null, organisation.Name), ("Roles", null, RoleRules.Describe(roles))));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        var sent = await invitation.RunAsync(user, link, ct);
        return Result<UserCreated>.Ok(new UserCreated(user.Id, email, sent.Error));
    }
}
