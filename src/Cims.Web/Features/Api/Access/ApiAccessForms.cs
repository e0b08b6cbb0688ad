using Cims.Domain.ApiAccess;
using Cims.Web.Infrastructure.Api;
using FluentValidation;

namespace Cims.Web.Features.Api.Access;

/// <summary>The organisation administrator's "Request API access" form.</summary>
public sealed record ApiAccessForm
{
    public string? SystemName { get; init; }

    public string? Vendor { get; init; }

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public string[]? Scopes { get; init; }

    public string? Purpose { get; init; }

    public ApiAccessDetails Details() => new(
        SystemName ?? "", Vendor ?? "", ContactName ?? "", ContactEmail ?? "", ContactPhone, Scopes ?? [], Purpose ?? "");
}

public sealed class ApiAccessFormValidator : AbstractValidator<ApiAccessForm>
{
    public const string PhoneMessage = "Enter the phone number using digits, with an optional + at the start, like 0355501234.";

    public ApiAccessFormValidator()
    {
        RuleFor(f => f.SystemName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the name of the system that will call the API.")
            .MaximumLength(ApiAccessRequest.SystemNameMaxLength).WithMessage($"Enter a system name of {ApiAccessRequest.SystemNameMaxLength} characters or fewer.");
        RuleFor(f => f.Vendor).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter who makes or supplies the system (your organisation's name if you built it).")
            .MaximumLength(ApiAccessRequest.VendorMaxLength).WithMessage($"Enter a vendor of {ApiAccessRequest.VendorMaxLength} characters or fewer.");
        RuleFor(f => f.ContactName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the name of the person the department can ask about the system.")
            .MaximumLength(ApiAccessRequest.ContactNameMaxLength).WithMessage($"Enter a name of {ApiAccessRequest.ContactNameMaxLength} characters or fewer.");
        RuleFor(f => f.ContactEmail).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the contact's e-mail address.")
            .MaximumLength(ApiAccessRequest.ContactEmailMaxLength).WithMessage($"Enter an e-mail address of {ApiAccessRequest.ContactEmailMaxLength} characters or fewer.")
            .EmailAddress().WithMessage("Enter an e-mail address in the right format, like name@example.org.");
        RuleFor(f => f.ContactPhone)
            .Matches(@"^\+?[0-9]{6,15}$").When(f => !string.IsNullOrWhiteSpace(f.ContactPhone)).WithMessage(PhoneMessage);
        RuleFor(f => f.Scopes)
            .Must(s => s is { Length: > 0 } && s.All(ApiAccessScopes.All.Contains)).WithMessage("Choose at least one kind of access.");
        RuleFor(f => f.Purpose).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Describe what the system will use the API for.")
            .MaximumLength(ApiAccessRequest.PurposeMaxLength).WithMessage($"Enter a description of {ApiAccessRequest.PurposeMaxLength} characters or fewer.");
    }
}

/// <summary>The CIMS administrator's decline (a reason, required) and the concurrency token of the request they read.</summary>
public sealed record DeclineForm
{
    public Guid? Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class DeclineFormValidator : AbstractValidator<DeclineForm>
{
    public DeclineFormValidator() =>
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ApiAccessErrors.ReasonRequired.Message)
            .MaximumLength(ApiAccessRequest.ReasonMaxLength).WithMessage(ApiAccessErrors.ReasonTooLong.Message);
}

/// <summary>The CIMS administrator's revocation of a client: why, and the client's concurrency token.</summary>
public sealed record RevokeForm
{
    public Guid? Version { get; init; }

    public string? Reason { get; init; }
}

public sealed class RevokeFormValidator : AbstractValidator<RevokeForm>
{
    public RevokeFormValidator() =>
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ApiClientErrors.ReasonRequired.Message)
            .MaximumLength(ApiClient.ReasonMaxLength).WithMessage(ApiClientErrors.ReasonTooLong.Message);
}
