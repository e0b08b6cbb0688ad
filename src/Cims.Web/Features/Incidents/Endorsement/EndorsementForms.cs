using Cims.Domain.Incidents;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Endorsement;

/// <summary>Return for correction: the reason is shown to the reporter.</summary>
public sealed record ReturnForm
{
    public const int ReasonMaxLength = 2000;

    public Guid? Version { get; init; }

    public string? Reason { get; init; }
}

/// <summary>The delegate's amendments before endorsing: location, description and impact.</summary>
public sealed record AmendForm
{
    public Guid? Version { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }

    public ImpactLevel? Impact { get; init; }

    public static AmendForm From(Incident incident) => new()
    {
        Version = incident.Version,
        Location = incident.Details?.Location,
        Description = incident.Details?.Description,
        Impact = incident.Details?.Impact,
    };
}

/// <summary>Endorse; for a major-impact report, with the follow-up the delegate recommends (the rules' suggestion unless they choose another, with a reason).</summary>
public sealed record EndorseForm
{
    public Guid? Version { get; init; }

    public FollowUpAction? FollowUp { get; init; }

    public string? RecommendationReason { get; init; }
}

public sealed class ReturnFormValidator : AbstractValidator<ReturnForm>
{
    public ReturnFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter the reason for returning the report, so the reporter knows what to correct.")
            .MaximumLength(ReturnForm.ReasonMaxLength).WithMessage($"The reason must be {ReturnForm.ReasonMaxLength} characters or fewer.");
    }
}

public sealed class EndorseFormValidator : AbstractValidator<EndorseForm>
{
    public const string ChooseFollowUp = "Choose one of the follow-up options.";

    public EndorseFormValidator()
    {
        RuleFor(f => f.FollowUp).IsInEnum().WithMessage(ChooseFollowUp);
        RuleFor(f => f.RecommendationReason).MaximumLength(Incident.RecommendationReasonMaxLength)
            .WithMessage(IncidentErrors.RecommendationReasonTooLong.Message);
    }
}

public sealed class AmendFormValidator : AbstractValidator<AmendForm>
{
    public AmendFormValidator()
    {
        RuleFor(f => f.Location).NotEmpty().WithMessage("Enter the location of the incident.")
            .MaximumLength(200).WithMessage("The location must be 200 characters or fewer.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Enter the description of the incident.")
            .MaximumLength(IncidentDescription.DescriptionMaxLength)
            .WithMessage($"The description must be {IncidentDescription.DescriptionMaxLength} characters or fewer.");
        RuleFor(f => f.Impact).NotNull().WithMessage("Choose the impact.").IsInEnum().WithMessage("Choose the impact.");
    }
}
