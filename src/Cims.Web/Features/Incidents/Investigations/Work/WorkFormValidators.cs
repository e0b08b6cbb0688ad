using Cims.Domain.Investigations;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Investigations.Work;

public sealed class AllegationFormValidator : AbstractValidator<AllegationForm>
{
    public AllegationFormValidator()
    {
        RuleFor(f => f.ClientName).NotEmpty().WithMessage("Enter the client the allegation is about.")
            .MaximumLength(Allegation.NameMaxLength).WithMessage($"The client's name must be {Allegation.NameMaxLength} characters or fewer.");
        RuleFor(f => f.SubjectName).NotEmpty().WithMessage("Enter the subject of allegation (or \"Unknown\").")
            .MaximumLength(Allegation.NameMaxLength).WithMessage($"The subject's name must be {Allegation.NameMaxLength} characters or fewer.");
        RuleFor(f => f.IncidentType).NotEmpty().WithMessage("Enter the incident type alleged.")
            .MaximumLength(Allegation.TypeMaxLength).WithMessage($"The incident type must be {Allegation.TypeMaxLength} characters or fewer.");
        RuleFor(f => f.Details).MaximumLength(Allegation.TextMaxLength).WithMessage($"The details must be {Allegation.TextMaxLength} characters or fewer.");
        RuleFor(f => f.Finding).IsInEnum().WithMessage("Choose a finding.");
        RuleFor(f => f.Reasons).NotEmpty().When(f => f.Finding is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("Give the reasons for the finding: the evidence it rests on, weighed on the balance of probabilities.")
            .MaximumLength(Allegation.ReasonsMaxLength).WithMessage($"The reasons must be {Allegation.ReasonsMaxLength} characters or fewer.");
    }
}

public sealed class EvidenceFormValidator : AbstractValidator<EvidenceForm>
{
    public EvidenceFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Choose the kind of evidence.").IsInEnum().WithMessage("Choose the kind of evidence.");
        RuleFor(f => f.Title).NotEmpty().WithMessage(f => f.Kind == EvidenceKind.Interview ? "Enter who was interviewed." : "Enter what the evidence is.")
            .MaximumLength(EvidenceItem.NameMaxLength).WithMessage($"Keep this to {EvidenceItem.NameMaxLength} characters or fewer.");
        RuleFor(f => f.TakenOn).NotNull().When(f => f.Kind == EvidenceKind.Interview || !string.IsNullOrWhiteSpace(f.TakenOnDay + f.TakenOnMonth + f.TakenOnYear))
            .OverridePropertyName(nameof(EvidenceForm.TakenOnDay)).WithMessage("Enter a real date, such as 25 11 2026.");
        RuleFor(f => f.TakenBy).NotEmpty().When(f => f.Kind == EvidenceKind.Interview, ApplyConditionTo.CurrentValidator).WithMessage("Enter who conducted the interview.")
            .MaximumLength(EvidenceItem.NameMaxLength).WithMessage($"Keep this to {EvidenceItem.NameMaxLength} characters or fewer.");
        RuleFor(f => f.Summary).NotEmpty().WithMessage("Enter a summary of the evidence.")
            .MaximumLength(EvidenceItem.SummaryMaxLength).WithMessage($"The summary must be {EvidenceItem.SummaryMaxLength} characters or fewer.");
    }
}

public sealed class FactorsFormValidator : AbstractValidator<FactorsForm>
{
    public FactorsFormValidator()
    {
        RuleFor(f => f.Other).MaximumLength(Investigation.FactorsTextMaxLength)
            .WithMessage($"Other contributing factors must be {Investigation.FactorsTextMaxLength} characters or fewer.");
        RuleFor(f => f).Must(f => f.Codes.Count > 0 || !string.IsNullOrWhiteSpace(f.Other)).OverridePropertyName(nameof(FactorsForm.Codes))
            .WithMessage("Tick at least one contributing factor, or describe one under other factors.");
    }
}

public sealed class RecommendationFormValidator : AbstractValidator<RecommendationForm>
{
    public RecommendationFormValidator()
    {
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the recommendation.")
            .MaximumLength(Recommendation.TextMaxLength).WithMessage($"The recommendation must be {Recommendation.TextMaxLength} characters or fewer.");
        RuleFor(f => f.Owner).NotEmpty().WithMessage("Enter who owns the recommendation (a person or a role).")
            .MaximumLength(Recommendation.OwnerMaxLength).WithMessage($"The owner must be {Recommendation.OwnerMaxLength} characters or fewer.");
        RuleFor(f => f.DueOn).NotNull().OverridePropertyName(nameof(RecommendationForm.DueOnDay))
            .WithMessage("Enter the date it is due, such as 1 3 2027.");
    }
}

public sealed class TrackFormValidator : AbstractValidator<TrackForm>
{
    public TrackFormValidator()
    {
        RuleFor(f => f.Status).NotNull().WithMessage("Choose where the recommendation is.").IsInEnum().WithMessage("Choose where the recommendation is.");
        RuleFor(f => f.Note).NotEmpty().When(f => f.Status == RecommendationStatus.NotAccepted, ApplyConditionTo.CurrentValidator)
            .WithMessage("Say why the recommendation was not accepted.")
            .NotEmpty().When(f => f.Status == RecommendationStatus.Done, ApplyConditionTo.CurrentValidator)
            .WithMessage("Describe the evidence that the recommendation was done.")
            .MaximumLength(Recommendation.TextMaxLength).WithMessage($"The note must be {Recommendation.TextMaxLength} characters or fewer.");
    }
}
