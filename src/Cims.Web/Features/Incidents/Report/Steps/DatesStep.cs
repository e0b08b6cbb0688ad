using System.Security.Claims;
using System.Text.Json.Serialization;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Shared.Steps;
using Cims.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Incidents.Report.Steps;

public sealed record DatesForm : StepForm
{
    public string? OccurredDay { get; init; }

    public string? OccurredMonth { get; init; }

    public string? OccurredYear { get; init; }

    public string? DateAccuracy { get; init; }

    public string? OccurredTime { get; init; }

    public string? TimeAccuracy { get; init; }

    public string? AwareDay { get; init; }

    public string? AwareMonth { get; init; }

    public string? AwareYear { get; init; }

    public string? AwareTime { get; init; }

    [BindNever, ValidateNever, JsonIgnore]
    public IReadOnlyList<Choice> Accuracies { get; init; } = [];

    public DateOnly? OccurredOn => DateFields.Parse(OccurredDay, OccurredMonth, OccurredYear);

    public DateOnly? AwareOn => DateFields.Parse(AwareDay, AwareMonth, AwareYear);

    /// <summary>The Melbourne local moment the service became aware, when both parts are valid.</summary>
    public DateTime? AwareLocal => AwareOn is { } d && DateFields.ParseTime(AwareTime) is { } t ? d.ToDateTime(t) : null;

    public DateTime? OccurredLocal => OccurredOn is { } d && DateFields.ParseTime(OccurredTime) is { } t ? d.ToDateTime(t) : null;
}

public sealed class DatesFormValidator : AbstractValidator<DatesForm>
{
    public DatesFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.OccurredDay).Must((f, _) => f.OccurredOn is not null)
            .WithMessage("Enter the date of the incident as a real date: day, month and year, like 21 11 2026.")
            .Must((f, _) => f.OccurredOn is not { } d || d <= clock.Today()).WithMessage("The date of the incident cannot be in the future.");
        RuleFor(f => f.DateAccuracy).NotEmpty().WithMessage("Choose how accurate the date of the incident is.");
        RuleFor(f => f.OccurredTime).Must(t => DateFields.ParseTime(t) is { Minute: 0 or 15 or 30 or 45 })
            .WithMessage("Choose the time of the incident.");
        RuleFor(f => f.TimeAccuracy).NotEmpty().WithMessage("Choose how accurate the time of the incident is.");
        RuleFor(f => f.AwareDay).Must((f, _) => f.AwareOn is not null)
            .WithMessage("Enter the date the service became aware as a real date: day, month and year.");
        RuleFor(f => f.AwareTime).Must(t => DateFields.ParseTime(t) is not null)
            .WithMessage("Enter the time the service became aware in 24-hour time, like 14:30.");
        RuleFor(f => f.AwareDay).Must((f, _) => f.AwareLocal is not { } a || DateFields.ToUtc(a) <= clock.GetUtcNow())
            .WithMessage("The date and time the service became aware cannot be in the future.")
            .Must((f, _) => !(f.DateAccuracy == "EXACT" && f.TimeAccuracy == "EXACT") || f.AwareLocal is not { } a || f.OccurredLocal is not { } o || a >= o)
            .WithMessage("The service cannot have become aware before an incident with an exact date and time: check both.");
    }
}

/// <summary>When the incident happened and when the service became aware (which starts the reporting clock).</summary>
public sealed class DatesStep(ReportChoices choices, TimeProvider clock) : IReportStep<DatesForm>
{
    public ReportStep Step => ReportSteps.Dates;

    public Task<DatesForm> FormAsync(Incident incident, ClaimsPrincipal user, CancellationToken ct)
    {
        if (incident.Dates is not { } d)
            return WithChoicesAsync(incident, new DatesForm(), ct);
        var aware = d.AwareAt.ToMelbourne();
        return WithChoicesAsync(incident, new DatesForm
        {
            OccurredDay = DateFields.Text(d.OccurredOn.Day),
            OccurredMonth = DateFields.Text(d.OccurredOn.Month),
            OccurredYear = DateFields.Text(d.OccurredOn.Year),
            DateAccuracy = d.DateAccuracy,
            OccurredTime = DateFields.Time(d.OccurredAtTime),
            TimeAccuracy = d.TimeAccuracy,
            AwareDay = DateFields.Text(aware.Day),
            AwareMonth = DateFields.Text(aware.Month),
            AwareYear = DateFields.Text(aware.Year),
            AwareTime = DateFields.Time(TimeOnly.FromDateTime(aware.DateTime)),
        }, ct);
    }

    public async Task<DatesForm> WithChoicesAsync(Incident incident, DatesForm form, CancellationToken ct) =>
        form with { Accuracies = await choices.OptionsAsync(OptionLists.DateAccuracy, ct) };

    public async Task<Result> ApplyAsync(Incident incident, DatesForm form, CancellationToken ct)
    {
        var accuracies = await choices.OptionsAsync(OptionLists.DateAccuracy, ct);
        if (accuracies.All(a => a.Value != form.DateAccuracy))
            return new Error("report.accuracy", "Choose how accurate the date of the incident is.", nameof(DatesForm.DateAccuracy));
        if (accuracies.All(a => a.Value != form.TimeAccuracy))
            return new Error("report.accuracy", "Choose how accurate the time of the incident is.", nameof(DatesForm.TimeAccuracy));
        var dates = new IncidentDates(form.OccurredOn!.Value, form.DateAccuracy!, DateFields.ParseTime(form.OccurredTime)!.Value,
            form.TimeAccuracy!, DateFields.ToUtc(form.AwareLocal!.Value));
        return incident.SetDates(dates, clock.GetUtcNow());
    }
}
