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

public sealed record ActionsForm : StepForm
{
    public const string Police = "POLICE";

    public string[]? Taken { get; init; }

    public string? PoliceDay { get; init; }

    public string? PoliceMonth { get; init; }

    public string? PoliceYear { get; init; }

    public string? PoliceTime { get; init; }

    public string? PoliceReference { get; init; }

    public string? OtherDetails { get; init; }

    [BindNever, ValidateNever, JsonIgnore]
    public IReadOnlyList<Choice> Options { get; init; } = [];

    public bool PoliceNotified => Taken?.Contains(Police) == true;

    public DateTime? PoliceLocal => DateFields.Parse(PoliceDay, PoliceMonth, PoliceYear) is { } d && DateFields.ParseTime(PoliceTime) is { } t ? d.ToDateTime(t) : null;
}

public sealed class ActionsFormValidator : AbstractValidator<ActionsForm>
{
    public ActionsFormValidator(TimeProvider clock)
    {
        When(f => f.PoliceNotified, () =>
        {
            RuleFor(f => f.PoliceDay).Must((f, _) => DateFields.Parse(f.PoliceDay, f.PoliceMonth, f.PoliceYear) is not null)
                .WithMessage("Enter the date police were notified as a real date: day, month and year.");
            RuleFor(f => f.PoliceTime).Must(t => DateFields.ParseTime(t) is not null)
                .WithMessage("Enter the time police were notified in 24-hour time, like 14:30.");
            RuleFor(f => f.PoliceDay).Must((f, _) => f.PoliceLocal is not { } p || DateFields.ToUtc(p) <= clock.GetUtcNow())
                .WithMessage("The date and time police were notified cannot be in the future.");
            RuleFor(f => f.PoliceReference).NotEmpty().WithMessage("Enter the police reference number.");
        });
        RuleFor(f => f.PoliceReference).MaximumLength(50).WithMessage("Enter a police reference of 50 characters or fewer.");
        RuleFor(f => f.OtherDetails).MaximumLength(2000).WithMessage("Enter other details of 2000 characters or fewer.");
    }
}

/// <summary>The immediate response checklist; police date, time and reference when police were notified.</summary>
public sealed class ActionsStep(ReportChoices choices, TimeProvider clock) : IReportStep<ActionsForm>
{
    public ReportStep Step => ReportSteps.Actions;

    public Task<ActionsForm> FormAsync(Incident incident, ClaimsPrincipal user, CancellationToken ct)
    {
        if (incident.Actions is not { } a)
            return WithChoicesAsync(incident, new ActionsForm(), ct);
        var police = a.PoliceNotifiedAt?.ToMelbourne();
        return WithChoicesAsync(incident, new ActionsForm
        {
            Taken = [.. a.Taken],
            PoliceReference = a.PoliceReference,
            OtherDetails = a.OtherDetails,
            PoliceDay = police?.Day.ToString(MelbourneTime.Culture),
            PoliceMonth = police?.Month.ToString(MelbourneTime.Culture),
            PoliceYear = police?.Year.ToString(MelbourneTime.Culture),
            PoliceTime = police is { } p ? DateFields.Time(TimeOnly.FromDateTime(p.DateTime)) : null,
        }, ct);
    }

    public async Task<ActionsForm> WithChoicesAsync(Incident incident, ActionsForm form, CancellationToken ct) =>
        form with { Options = await choices.OptionsAsync(OptionLists.ImmediateAction, ct) };

    public async Task<Result> ApplyAsync(Incident incident, ActionsForm form, CancellationToken ct)
    {
        var codes = (await choices.OptionsAsync(OptionLists.ImmediateAction, ct)).Select(o => o.Value).ToHashSet();
        var taken = (form.Taken ?? []).Where(codes.Contains).Distinct().ToList();
        var police = form.PoliceNotified && form.PoliceLocal is { } p ? DateFields.ToUtc(p) : (DateTimeOffset?)null;
        var actions = new ImmediateActions(taken, police, form.PoliceNotified ? form.PoliceReference?.Trim() : null,
            string.IsNullOrWhiteSpace(form.OtherDetails) ? null : form.OtherDetails.Trim());
        return incident.SetActions(actions, clock.GetUtcNow());
    }
}
