using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Endorsement;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Report.Submission;

/// <summary>
/// The follow-up a provider system's delegate recommends for a major-impact report instead of the rules' suggestion,
/// and why: sent with the endorsed report, or later while the department has not decided. The endorsement form's
/// <see cref="EndorseForm.FollowUp"/> and <see cref="EndorseForm.RecommendationReason"/> under API names.
/// </summary>
public sealed record FollowUpRecommendation
{
    public FollowUpAction? Action { get; init; }

    public string? Reason { get; init; }

    /// <summary>
    /// A recommendation error named by this record's fields under <paramref name="path"/> ("FollowUp.Action",
    /// "Reason") instead of the endorsement form's; any other error as it is.
    /// </summary>
    public static Error Named(Error error, string? path = null)
    {
        var field = error.Field switch
        {
            nameof(EndorseForm.FollowUp) => nameof(Action),
            nameof(EndorseForm.RecommendationReason) => nameof(Reason),
            _ => null,
        };
        return field is null ? error : error with { Field = path is null ? field : $"{path}.{field}" };
    }
}

/// <summary>The endorsement form's rules for the recommendation, with its messages.</summary>
public sealed class FollowUpRecommendationValidator : AbstractValidator<FollowUpRecommendation>
{
    public FollowUpRecommendationValidator()
    {
        RuleFor(r => r.Action).IsInEnum().WithMessage(EndorseFormValidator.ChooseFollowUp);
        RuleFor(r => r.Reason).MaximumLength(Incident.RecommendationReasonMaxLength).WithMessage(IncidentErrors.RecommendationReasonTooLong.Message);
    }
}
