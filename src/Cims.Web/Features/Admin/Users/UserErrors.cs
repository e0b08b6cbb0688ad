using Cims.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Features.Admin.Users;

public static class UserErrors
{
    public const string EntityType = "User";

    public static readonly Error NotFound = Error.NotFound("user.not_found", "That user does not exist.");

    public static readonly Error DuplicateEmail =
        new("user.duplicate", "A user with this e-mail address already exists.", "Email");

    public static readonly Error InvalidEmail =
        new("user.email", "Enter an e-mail address in the right format, like name@example.org.", "Email");

    public static readonly Error Concurrency =
        new("user.concurrency", "Someone else changed this user while you were editing. Review their changes and try again.");

    public static readonly Error OrganisationRequired =
        new("user.organisation", "Choose an active organisation for the user.", "OrganisationId");

    public static readonly Error OnlyProviderRoles =
        new("user.role_provider_only", "You can only give provider roles, such as Reporter or Authorised delegate.", "Roles");

    public static readonly Error UnknownRole = new("user.role_unknown", "Choose roles from the list.", "Roles");

    public static readonly Error CannotDeactivateSelf = new("user.self", "You cannot deactivate your own account.");

    public static readonly Error CannotRemoveOwnAdminRole =
        new("user.self_role", "You cannot remove your own administrator role. Ask another administrator.", "Roles");

    public static readonly Error ResetOwnAuthenticator = new(
        "user.self_authenticator", "To reset your own authenticator app, use \"Your account\" (Reset authenticator app).");

    public static readonly Error NoAuthenticator =
        new("user.no_authenticator", "This user has not set up two-step sign-in, so there is nothing to reset.");

    public static readonly Error AlreadyInactive = new("user.inactive", "This user is already inactive.");

    public static readonly Error AlreadyActive = new("user.active", "This user is already active.");

    public static readonly Error InvitationAccepted = new(
        "user.invitation_accepted",
        "This user has already set a password. If they have forgotten it, they can reset it from the sign-in page.");

    public static readonly Error InvitationNotSent = new(
        "user.invitation_failed", "The invitation e-mail could not be sent. Try \"Resend invitation\" later.");

    public static Error DepartmentRoleForAgency(string role) => new(
        "user.role_department", $"{Domain.Identity.Roles.DisplayName(role)} is a department role: only users of the department can have it.", "Roles");

    public static Error ProviderRoleForDepartment(string role) => new(
        "user.role_agency", $"{Domain.Identity.Roles.DisplayName(role)} is a provider role: only users of a funded agency can have it.", "Roles");

    public static readonly Error LastAdministratorRole = new(
        "user.last_admin_role",
        "This user is their organisation's only active organisation administrator. Give the role to another user first.", "Roles");

    public static readonly Error LastAdministratorDeactivation = new(
        "user.last_admin",
        "This user is their organisation's only active organisation administrator. Give the role to another user before deactivating them.");

    /// <summary>Turns Identity's own failures into messages beside the right field.</summary>
    public static Error From(IdentityResult result)
    {
        var codes = result.Errors.Select(e => e.Code).ToList();
        if (codes.Contains("ConcurrencyFailure"))
            return Concurrency;
        if (codes.Contains("DuplicateEmail") || codes.Contains("DuplicateUserName"))
            return DuplicateEmail;
        if (codes.Contains("InvalidEmail") || codes.Contains("InvalidUserName"))
            return InvalidEmail;
        return new Error("user.identity", string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
