using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Time;
using FluentValidation;

namespace Cims.Web.Features.Privacy;

/// <summary>
/// Stage 3's rules: real dates; times from the 15-minute list; accuracies from the current option list;
/// the incident date not in the future; the disclosure not in the future (Melbourne time) and not before the incident.
/// </summary>
public sealed class PrivacyDatesFormValidator : AbstractValidator<PrivacyDatesForm>
{
    public const string OccurredInFuture = "The date of incident cannot be in the future.";

    public const string DisclosedBeforeIncident = "The date and time incident disclosed must be on or after the date and time of incident: check both.";

    public PrivacyDatesFormValidator(ReportChoices choices, TimeProvider clock)
    {
        RuleFor(f => f.OccurredDay).Cascade(CascadeMode.Stop)
            .Must((f, _) => HasAny(f.OccurredDay, f.OccurredMonth, f.OccurredYear)).WithMessage("Enter the date of incident.")
            .Must((f, _) => f.OccurredOn is not null).WithMessage(RealDate("date of incident"))
            .Must((f, _) => f.OccurredOn <= clock.Today()).WithMessage(OccurredInFuture);
        Accuracy(RuleFor(f => f.DateAccuracy), "date accuracy", choices);
        Time(RuleFor(f => f.OccurredTime), "time of incident");
        Accuracy(RuleFor(f => f.TimeAccuracy), "time accuracy", choices);
        RuleFor(f => f.DisclosedDay).Cascade(CascadeMode.Stop)
            .Must((f, _) => HasAny(f.DisclosedDay, f.DisclosedMonth, f.DisclosedYear)).WithMessage("Enter the date incident disclosed.")
            .Must((f, _) => f.DisclosedOn is not null).WithMessage(RealDate("date incident disclosed"))
            .Must((f, _) => f.DisclosedAt is { } at ? at <= clock.GetUtcNow() : f.DisclosedOn <= clock.Today())
            .WithMessage(PrivacyErrors.DisclosedInFuture.Message)
            .Must((f, _) => !DisclosedBeforeOccurred(f)).WithMessage(DisclosedBeforeIncident);
        Time(RuleFor(f => f.DisclosedTime), "time incident disclosed");
    }

    /// <summary>Compares the dates, and the times too when both are known.</summary>
    private static bool DisclosedBeforeOccurred(PrivacyDatesForm f) => f.DisclosedOn is { } disclosed && f.OccurredOn is { } occurred
        && (disclosed < occurred || (f.DisclosedLocal is { } d && f.OccurredLocal is { } o && d < o));

    private static bool HasAny(params string?[] parts) => parts.Any(p => !string.IsNullOrWhiteSpace(p));

    private static string RealDate(string label) => $"Enter the {label} as a real date: day, month and year, like 21 11 2026.";

    private static void Time(IRuleBuilderInitial<PrivacyDatesForm, string?> rule, string label) => rule.Cascade(CascadeMode.Stop)
        .NotEmpty().WithMessage($"Choose the {label}.")
        .Must(t => PrivacyDatesForm.QuarterHour(t) is not null).WithMessage($"Choose the {label} from the list (24-hour clock, 15-minute steps).");

    private static void Accuracy(IRuleBuilderInitial<PrivacyDatesForm, string?> rule, string label, ReportChoices choices) => rule.Cascade(CascadeMode.Stop)
        .NotEmpty().WithMessage($"Choose the {label}.")
        .MustAsync(async (value, ct) => (await choices.OptionsAsync(OptionLists.DateAccuracy, ct)).Any(o => o.Value == value))
        .WithMessage($"Choose the {label} from the list.");
}
