using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Identity;
using Cims.Domain.Onboarding;
using Cims.Domain.Organisations;
using Cims.Web.Data;
using Cims.Web.Features.Admin.Organisations;
using Cims.Web.Features.Admin.Users;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Onboarding;

/// <summary>The organisation and first administrator an approval made, and why the invitation was not sent if it was not.</summary>
public sealed record OnboardingApproved(int OrganisationId, string AdministratorId, string AdministratorEmail, Error? InvitationProblem);

/// <summary>
/// Approves a request: the organisation (with its areas and service types), its first administrator (role Organisation
/// administrator, no password yet) and the request's move are saved and audited in one transaction; then the
/// administrator is e-mailed the invitation and the contact the decision. A failed invitation leaves the approval.
/// </summary>
public sealed class ApproveOnboardingRequest(
    CimsDbContext db, OnboardingChecks checks, OrganisationWrites writes, UserManager<CimsUser> users,
    AuditLog audit, SendInvitation invitation, OnboardingMail mail, TimeProvider clock)
{
    public async Task<Result<OnboardingApproved>> RunAsync(ClaimsPrincipal actor, int id, Guid? version, InvitationLink link, CancellationToken ct)
    {
        CimsUser administrator;
        OnboardingRequest request;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (await db.OnboardingRequests.SingleOrDefaultAsync(r => r.Id == id, ct) is not { } found)
                return OnboardingErrors.NotFound(id);
            request = found;
            if (await RefusalAsync(request, version, ct) is { } refused)
                return refused;
            var organisation = await CreateOrganisationAsync(request, ct);
            if (organisation.Failed)
                return organisation.Error;
            var created = await CreateAdministratorAsync(request, organisation.Value, ct);
            if (created.Failed)
                return created.Error;
            administrator = created.Value;
            if (request.Approve(organisation.Value.Id, OnboardingActions.Actor(actor), clock.GetUtcNow()) is { Failed: true } refusedMove)
                return refusedMove.Error;
            audit.Record("onboarding.approved", OnboardingChecks.EntityType, OnboardingChecks.Key(request.Id),
                $"{request.Reference}: organisation {organisation.Value.Name} made; first administrator {administrator.Email}");
            var saved = await db.SaveOrStaleAsync(OnboardingErrors.Concurrency, ct);
            if (saved.Failed)
                return saved.Error;
            await transaction.CommitAsync(ct);
        }

        var sent = await invitation.RunAsync(administrator, link, ct);
        await mail.TellAsync(request.ContactEmail, request.Reference,
            $"The department approved the request of {request.LegalName}. {request.AdministratorName} was e-mailed an invitation to set up their account.", null, ct);
        return Result<OnboardingApproved>.Ok(new OnboardingApproved(request.OrganisationId!.Value, administrator.Id, administrator.Email!, sent.Error));
    }

    private async Task<Error?> RefusalAsync(OnboardingRequest request, Guid? version, CancellationToken ct)
    {
        if (version != request.Version)
            return OnboardingErrors.Concurrency;
        if (request.Status != OnboardingStatus.Requested)
            return OnboardingErrors.NotWaitingForDecision(request.Status);
        if (await checks.AbnTakenAsync(request.Abn, request.Id, ct) is { } taken)
            return taken;
        if (await writes.NameTakenAsync(request.LegalName, null, ct))
            return OnboardingAdminErrors.NameRegistered;
        return await users.FindByEmailAsync(request.AdministratorEmail) is null ? null : OnboardingAdminErrors.EmailRegistered;
    }

    private async Task<Result<Organisation>> CreateOrganisationAsync(OnboardingRequest request, CancellationToken ct)
    {
        var organisation = Organisation.Create(request.LegalName, request.Abn, OrganisationKind.FundedAgency, clock.GetUtcNow());
        organisation.SetAreas(request.AreaIdList);
        organisation.SetServiceTypes(request.ServiceTypeIdList);
        db.Organisations.Add(organisation);
        var saved = await writes.SaveAsync(organisation.Name, organisation.Abn, null, ct);
        if (saved.Failed)
        {
            return saved.Error == OrganisationErrors.DuplicateName ? OnboardingAdminErrors.NameRegistered
                : saved.Error == OrganisationAdminErrors.DuplicateAbn ? OnboardingAdminErrors.AbnRegistered
                : saved.Error;
        }

        var details = (await writes.SnapshotAsync(organisation, ct)).ChangesFrom(OrganisationSnapshot.Empty, created: true);
        audit.Record("organisation.created", OrganisationWrites.EntityType, OrganisationWrites.Key(organisation.Id),
            $"From onboarding request {request.Reference}\n{details}");
        return Result<Organisation>.Ok(organisation);
    }

    private async Task<Result<CimsUser>> CreateAdministratorAsync(OnboardingRequest request, Organisation organisation, CancellationToken ct)
    {
        var user = new CimsUser
        {
            UserName = request.AdministratorEmail,
            Email = request.AdministratorEmail,
            DisplayName = request.AdministratorName,
            OrganisationId = organisation.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        if (await users.CreateAsync(user) is { Succeeded: false } created)
            return UserErrors.From(created);
        if (await users.AddToRoleAsync(user, Roles.OrganisationAdmin) is { Succeeded: false } added)
            return UserErrors.From(added);
        audit.Record("user.created", UserErrors.EntityType, user.Id, AuditLog.Changes(
            ("E-mail", null, user.Email), ("Name", null, user.DisplayName), ("Organisation", null, organisation.Name),
            ("Roles", null, Roles.DisplayName(Roles.OrganisationAdmin))));
        await db.SaveChangesAsync(ct);
        return Result<CimsUser>.Ok(user);
    }
}
