using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Features.Shared.Steps;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Privacy;

public sealed record PrivacyDescriptionForm : StepForm
{
    public string? Location { get; init; }

    public string? Description { get; init; }

    /// <summary>The saved disclosure was more than one business day ago: the page repeats the warning.</summary>
    [BindNever, ValidateNever]
    public bool LateDisclosure { get; init; }

    /// <summary>
    /// The description as stored: trimmed, with each line break as one character (browsers post CR LF),
    /// so the limit counts what the reporter sees.
    /// </summary>
    public static string Normalise(string? text) => (text ?? "").ReplaceLineEndings("\n").Trim();
}

public sealed class PrivacyDescriptionFormValidator : AbstractValidator<PrivacyDescriptionForm>
{
    public static readonly string DescriptionTooLong =
        $"Shorten the incident description to {PrivacyDescription.DescriptionMaxLength} characters or fewer.";

    public PrivacyDescriptionFormValidator()
    {
        RuleFor(f => f.Location).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the location of incident.")
            .Must(l => l!.Trim().Length <= PrivacyDescription.LocationMaxLength)
            .WithMessage($"Enter a location of {PrivacyDescription.LocationMaxLength} characters or fewer.");
        RuleFor(f => f.Description).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the incident description.")
            .Must(d => PrivacyDescriptionForm.Normalise(d).Length <= PrivacyDescription.DescriptionMaxLength).WithMessage(DescriptionTooLong);
    }
}

/// <summary>Stage 4: where the incident happened and what happened, short and factual.</summary>
public sealed class DescriptionStage(DisclosureClock disclosure, TimeProvider clock)
{
    public async Task<PrivacyDescriptionForm> FormAsync(Domain.Privacy.PrivacyReport report, CancellationToken ct)
    {
        var form = report.Description is not { } d ? new PrivacyDescriptionForm() : new PrivacyDescriptionForm
        {
            Location = d.Location,
            Description = d.Description,
        };
        return await WithWarningAsync(report, form, ct);
    }

    public async Task<PrivacyDescriptionForm> WithWarningAsync(Domain.Privacy.PrivacyReport report, PrivacyDescriptionForm form, CancellationToken ct) =>
        form with { LateDisclosure = await disclosure.IsLateAsync(report.Dates?.DisclosedAt, ct) };

    public Result Apply(Domain.Privacy.PrivacyReport report, PrivacyDescriptionForm form) => report.SetDescription(
        new PrivacyDescription(form.Location!.Trim(), PrivacyDescriptionForm.Normalise(form.Description)), clock.GetUtcNow());
}
