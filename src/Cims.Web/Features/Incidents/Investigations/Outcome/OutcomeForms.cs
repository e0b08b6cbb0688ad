using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Web.Features.Shared;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Investigations.Outcome;

/// <summary>The outcome's own sections as typed; <see cref="Action"/> saves them or saves and submits the outcome for approval.</summary>
public sealed record OutcomeForm
{
    public const string Save = "save";
    public const string Submit = "submit";

    public Guid? Version { get; init; }

    public string? Action { get; init; }

    /// <summary>The follow-up the page was drawn for, so the messages name the sections its template asks for.</summary>
    public FollowUpAction FollowUp { get; init; }

    public string? OrganisationResponse { get; init; }

    public string? ReviewRationale { get; init; }

    public string? CommunicationStrategy { get; init; }

    public string? ResponsePlan { get; init; }

    public bool Submits => Action == Submit;

    public InvestigationOutcome ToOutcome() => new(Clean(OrganisationResponse), Clean(ReviewRationale), Clean(CommunicationStrategy), Clean(ResponsePlan));

    public static OutcomeForm From(Investigation i) => new()
    {
        Version = i.Version,
        FollowUp = i.FollowUp,
        OrganisationResponse = i.Outcome.OrganisationResponse,
        ReviewRationale = i.Outcome.ReviewRationale,
        CommunicationStrategy = i.Outcome.CommunicationStrategy,
        ResponsePlan = i.Outcome.ResponsePlan,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class OutcomeFormValidator : AbstractValidator<OutcomeForm>
{
    public OutcomeFormValidator()
    {
        Section(f => f.OrganisationResponse, "the organisation's response to the investigation", f => f.FollowUp == FollowUpAction.Investigation);
        Section(f => f.ReviewRationale, "the rationale for the review", f => f.FollowUp != FollowUpAction.Investigation);
        Section(f => f.CommunicationStrategy, "the communication strategy", f => f.FollowUp != FollowUpAction.Investigation);
        Section(f => f.ResponsePlan, "the incident response plan", f => f.FollowUp != FollowUpAction.Investigation);
    }

    private void Section(System.Linq.Expressions.Expression<Func<OutcomeForm, string?>> field, string what, Func<OutcomeForm, bool> asked) =>
        RuleFor(field).MaximumLength(InvestigationOutcome.TextMaxLength).WithMessage($"Keep {what} to {InvestigationOutcome.TextMaxLength} characters or fewer.")
            .NotEmpty().When(f => f.Submits && asked(f), ApplyConditionTo.CurrentValidator).WithMessage($"Enter {what}.");
}

/// <summary>Approve, accept (no fields but the version), or return with a reason.</summary>
public sealed record OutcomeDecisionForm
{
    public Guid? Version { get; init; }

    public string? Reason { get; init; }
}

/// <summary>The department returns the outcome for more work: a reason and the new due date.</summary>
public sealed record SendBackForm
{
    public Guid? Version { get; init; }

    public string? Reason { get; init; }

    public string? DueOnDay { get; init; }

    public string? DueOnMonth { get; init; }

    public string? DueOnYear { get; init; }

    public DateOnly? DueOn => DateFields.Parse(DueOnDay, DueOnMonth, DueOnYear);
}

public sealed class SendBackFormValidator : AbstractValidator<SendBackForm>
{
    public SendBackFormValidator()
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter what more the investigation must do.")
            .MaximumLength(InvestigationEvent.ReasonMaxLength).WithMessage($"The reason must be {InvestigationEvent.ReasonMaxLength} characters or fewer.");
        RuleFor(f => f.DueOn).NotNull().OverridePropertyName(nameof(SendBackForm.DueOnDay)).WithMessage("Enter the new due date, such as 18 12 2026.");
    }
}
