using Cims.Domain.Onboarding;
using Cims.Domain.Organisations;
using Cims.Web.Features.Admin.Organisations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Admin.Onboarding;

/// <summary>The public "Request access to the client incident register" form.</summary>
public sealed record OnboardingForm
{
    public string? LegalName { get; init; }

    public string? Abn { get; init; }

    public int[]? AreaIds { get; init; }

    public int[]? ServiceTypeIds { get; init; }

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public string? AdministratorName { get; init; }

    public string? AdministratorEmail { get; init; }

    public bool Declaration { get; init; }

    /// <summary>The areas and service types offered: filled by the server, never bound from the request.</summary>
    [BindNever, ValidateNever]
    public OrganisationChoices Choices { get; init; } = OrganisationChoices.None;

    public OnboardingDetails Details() => new(
        LegalName!, Abn!, AreaIds ?? [], ServiceTypeIds ?? [], new(ContactName!, ContactEmail!), ContactPhone,
        new(AdministratorName!, AdministratorEmail!), Declaration);
}

public sealed class OnboardingFormValidator : AbstractValidator<OnboardingForm>
{
    public OnboardingFormValidator()
    {
        RuleFor(f => f.LegalName).NotEmpty().WithMessage("Enter the organisation's legal name.")
            .MaximumLength(OnboardingRequest.NameMaxLength).WithMessage($"Enter a name of {OnboardingRequest.NameMaxLength} characters or fewer.");
        RuleFor(f => f.Abn).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the organisation's ABN.")
            .Must(AbnChecksum.IsValid).WithMessage(OnboardingErrors.InvalidAbn.Message);
        RuleFor(f => f.AreaIds).NotEmpty().WithMessage(OnboardingErrors.NoAreas.Message);
        RuleFor(f => f.ServiceTypeIds).NotEmpty().WithMessage(OnboardingErrors.NoServiceTypes.Message);
        Person(f => f.ContactName, f => f.ContactEmail, "the contact");
        RuleFor(f => f.ContactPhone).MaximumLength(OnboardingRequest.PhoneMaxLength)
            .WithMessage($"Enter a phone number of {OnboardingRequest.PhoneMaxLength} characters or fewer.");
        Person(f => f.AdministratorName, f => f.AdministratorEmail, "the first administrator");
        RuleFor(f => f.Declaration).Equal(true).WithMessage(OnboardingErrors.NotDeclared.Message);
    }

    private void Person(System.Linq.Expressions.Expression<Func<OnboardingForm, string?>> name,
        System.Linq.Expressions.Expression<Func<OnboardingForm, string?>> email, string who)
    {
        RuleFor(name).NotEmpty().WithMessage($"Enter the name of {who}.")
            .MaximumLength(OnboardingRequest.PersonNameMaxLength).WithMessage($"Enter a name of {OnboardingRequest.PersonNameMaxLength} characters or fewer.");
        RuleFor(email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage($"Enter the e-mail address of {who}.")
            .EmailAddress().WithMessage($"Enter the e-mail address of {who} like name@example.org.")
            .MaximumLength(OnboardingRequest.EmailMaxLength).WithMessage($"Enter an e-mail address of {OnboardingRequest.EmailMaxLength} characters or fewer.");
    }
}

/// <summary>The requester's answer to the department's question, from the status page.</summary>
public sealed record AnswerForm
{
    public string? Key { get; init; }

    public Guid? Version { get; init; }

    public string? Answer { get; init; }
}

public sealed class AnswerFormValidator : AbstractValidator<AnswerForm>
{
    public AnswerFormValidator() =>
        RuleFor(f => f.Answer).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(OnboardingErrors.AnswerRequired.Message)
            .MaximumLength(OnboardingRequest.TextMaxLength).WithMessage(OnboardingErrors.AnswerTooLong.Message);
}

/// <summary>The CIMS administrator's question to the requester, at the version they read.</summary>
public sealed record AskForm
{
    public Guid? Version { get; init; }

    public string? Question { get; init; }
}

/// <summary>The CIMS administrator's reason for declining, at the version they read.</summary>
public sealed record OnboardingDeclineForm
{
    public Guid? Version { get; init; }

    public string? Reason { get; init; }
}
