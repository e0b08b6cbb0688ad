using Cims.Domain.Privacy;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Shared.Steps;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Privacy.Containment;

/// <summary>The buttons of stage 6 besides Next and Back.</summary>
public static class ContainmentNav
{
    /// <summary>Stores the chosen file and shows the stage again, keeping what was typed (nothing else is checked or saved).</summary>
    public const string Upload = "upload";
}

public sealed record PrivacyContainmentForm : StepForm
{
    public IReadOnlyList<string>? InformationDisclosed { get; init; }

    public string? ActionsTaken { get; init; }

    public IReadOnlyList<string>? Consultation { get; init; }

    public string? ConsultationOther { get; init; }

    public string? DisclosureStatus { get; init; }

    public bool? FurtherRisk { get; init; }

    public bool? BreachOccurred { get; init; }

    public string? CaseNotes { get; init; }

    /// <summary>"Upload a file": stored whichever button was pressed.</summary>
    public IFormFile? File { get; init; }

    /// <summary>The "Remove" button of a listed file: removes it and shows the stage again.</summary>
    public int? RemoveFileId { get; init; }

    [BindNever, ValidateNever]
    public IReadOnlyList<Choice> InformationOptions { get; init; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<Choice> ConsultationOptions { get; init; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<Choice> StatusOptions { get; init; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<PrivacyFileRow> Files { get; init; } = [];

    /// <summary>What the last upload or removal did ("report.pdf was uploaded."), announced beside the file list.</summary>
    [BindNever, ValidateNever]
    public string? FileNotice { get; init; }

    public bool ConsultedOther => Consultation?.Contains(PrivacyContainment.OtherConsultation) == true;
}

public sealed class PrivacyContainmentFormValidator : AbstractValidator<PrivacyContainmentForm>
{
    public const string OtherMessage = "Enter who was consulted or advice sought from, because you ticked Other.";

    public PrivacyContainmentFormValidator()
    {
        RuleFor(f => f.InformationDisclosed).NotEmpty().WithMessage("Choose at least one type of information disclosed.");
        RuleFor(f => f.ActionsTaken).MaximumLength(PrivacyContainment.ActionsTakenMaxLength)
            .WithMessage("Enter the actions taken in response to the incident in 5000 characters or fewer.");
        RuleFor(f => f.Consultation).NotEmpty().WithMessage("Choose at least one consultation taken.");
        RuleFor(f => f.ConsultationOther).NotEmpty().When(f => f.ConsultedOther).WithMessage(OtherMessage);
        RuleFor(f => f.ConsultationOther).MaximumLength(PrivacyContainment.ConsultationOtherMaxLength)
            .WithMessage("Enter who was consulted or advice sought from in 500 characters or fewer.");
        RuleFor(f => f.DisclosureStatus).NotEmpty().WithMessage("Choose the status of the information disclosed.");
        RuleFor(f => f.FurtherRisk).NotNull().WithMessage("Choose Yes if there is a further risk of disclosure, or No.");
        RuleFor(f => f.BreachOccurred).NotNull().WithMessage("Choose Yes if a privacy breach occurred, or No. If you are unsure, choose Yes.");
        RuleFor(f => f.CaseNotes).MaximumLength(PrivacyContainment.CaseNotesMaxLength)
            .WithMessage("Enter case notes of 5000 characters or fewer.");
    }
}
