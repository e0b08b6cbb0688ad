using Cims.Web.Infrastructure.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Admin.Users;

/// <summary>What the role checkboxes need from either user form.</summary>
public interface IRoleForm
{
    string[]? Roles { get; }

    IReadOnlyList<string> OfferedRoles { get; }
}

public sealed record OrganisationOption(int Id, string Name);

/// <summary>Invite a new user. An organisation administrator's new users always join their own organisation.</summary>
public sealed record UserCreateForm : IRoleForm
{
    public string? Email { get; init; }

    public string? DisplayName { get; init; }

    public int? OrganisationId { get; init; }

    public string[]? Roles { get; init; }

    /// <summary>Organisations to choose from; empty when the administrator cannot choose (filled by the server).</summary>
    [BindNever, ValidateNever]
    public IReadOnlyList<OrganisationOption> Organisations { get; init; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<string> OfferedRoles { get; init; } = [];
}

public sealed class UserCreateFormValidator : AbstractValidator<UserCreateForm>
{
    public UserCreateFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the user's e-mail address.")
            .MaximumLength(256).WithMessage("Enter an e-mail address of 256 characters or fewer.")
            .EmailAddress().WithMessage(UserErrors.InvalidEmail.Message);
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the user's name.")
            .MaximumLength(CimsUser.DisplayNameMaxLength).WithMessage($"Enter a name of {CimsUser.DisplayNameMaxLength} characters or fewer.");
        RuleFor(f => f.Roles).NotEmpty().WithMessage("Choose at least one role.");
    }
}

/// <summary>Change a user's name and roles. ConcurrencyStamp is the version the editor started from.</summary>
public sealed record UserEditForm : IRoleForm
{
    public string? DisplayName { get; init; }

    public string[]? Roles { get; init; }

    public string? ConcurrencyStamp { get; init; }

    [BindNever, ValidateNever]
    public string Email { get; init; } = "";

    [BindNever, ValidateNever]
    public string OrganisationName { get; init; } = "";

    [BindNever, ValidateNever]
    public IReadOnlyList<string> OfferedRoles { get; init; } = [];
}

public sealed class UserEditFormValidator : AbstractValidator<UserEditForm>
{
    public UserEditFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the user's name.")
            .MaximumLength(CimsUser.DisplayNameMaxLength).WithMessage($"Enter a name of {CimsUser.DisplayNameMaxLength} characters or fewer.");
        RuleFor(f => f.Roles).NotEmpty().WithMessage("Choose at least one role.");
    }
}
