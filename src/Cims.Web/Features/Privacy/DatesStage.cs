using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Shared.Steps;
using Cims.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Privacy;

/// <summary>Stage 3: the dates as typed (Melbourne local), each date as day, month and year fields.</summary>
public sealed record PrivacyDatesForm : StepForm
{
    public string? OccurredDay { get; init; }

    public string? OccurredMonth { get; init; }

    public string? OccurredYear { get; init; }

    public string? DateAccuracy { get; init; }

    public string? OccurredTime { get; init; }

    public string? TimeAccuracy { get; init; }

    public string? DisclosedDay { get; init; }

    public string? DisclosedMonth { get; init; }

    public string? DisclosedYear { get; init; }

    public string? DisclosedTime { get; init; }

    [BindNever, ValidateNever]
    public IReadOnlyList<Choice> Accuracies { get; init; } = [];

    /// <summary>The disclosure was more than one business day ago: the page warns (it does not block).</summary>
    [BindNever, ValidateNever]
    public bool LateDisclosure { get; init; }

    public DateOnly? OccurredOn => DateFields.Parse(OccurredDay, OccurredMonth, OccurredYear);

    public DateOnly? DisclosedOn => DateFields.Parse(DisclosedDay, DisclosedMonth, DisclosedYear);

    public DateTime? OccurredLocal => OccurredOn is { } d && QuarterHour(OccurredTime) is { } t ? d.ToDateTime(t) : null;

    public DateTime? DisclosedLocal => DisclosedOn is { } d && QuarterHour(DisclosedTime) is { } t ? d.ToDateTime(t) : null;

    public DateTimeOffset? DisclosedAt => DisclosedLocal is { } local ? DateFields.ToUtc(local) : null;

    /// <summary>A time from the list: 00:00 to 23:45 in 15-minute steps.</summary>
    public static TimeOnly? QuarterHour(string? text) => DateFields.ParseTime(text) is { Minute: 0 or 15 or 30 or 45 } t ? t : null;
}

/// <summary>Stage 3: when the incident happened (with how accurate that is) and when it was disclosed.</summary>
public sealed class DatesStage(ReportChoices choices, DisclosureClock disclosure, TimeProvider clock)
{
    public Task<PrivacyDatesForm> FormAsync(Domain.Privacy.PrivacyReport report, CancellationToken ct)
    {
        if (report.Dates is not { } d)
            return WithChoicesAsync(new PrivacyDatesForm(), ct);
        var disclosed = d.DisclosedAt.ToMelbourne();
        return WithChoicesAsync(new PrivacyDatesForm
        {
            OccurredDay = DateFields.Text(d.OccurredOn.Day),
            OccurredMonth = DateFields.Text(d.OccurredOn.Month),
            OccurredYear = DateFields.Text(d.OccurredOn.Year),
            DateAccuracy = d.DateAccuracy,
            OccurredTime = DateFields.Time(d.OccurredAtTime),
            TimeAccuracy = d.TimeAccuracy,
            DisclosedDay = DateFields.Text(disclosed.Day),
            DisclosedMonth = DateFields.Text(disclosed.Month),
            DisclosedYear = DateFields.Text(disclosed.Year),
            DisclosedTime = DateFields.Time(TimeOnly.FromDateTime(disclosed.DateTime)),
        }, ct);
    }

    public async Task<PrivacyDatesForm> WithChoicesAsync(PrivacyDatesForm form, CancellationToken ct) => form with
    {
        Accuracies = await choices.OptionsAsync(OptionLists.DateAccuracy, ct),
        LateDisclosure = await disclosure.IsLateAsync(form.DisclosedAt, ct),
    };

    /// <summary>Called only for a valid form (the validator has checked every rule).</summary>
    public Result Apply(Domain.Privacy.PrivacyReport report, PrivacyDatesForm form) => report.SetDates(
        new PrivacyDates(form.OccurredOn!.Value, form.DateAccuracy!, PrivacyDatesForm.QuarterHour(form.OccurredTime)!.Value,
            form.TimeAccuracy!, form.DisclosedAt!.Value),
        clock.GetUtcNow());
}
