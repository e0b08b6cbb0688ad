using System.Security.Claims;
using System.Text.Json.Serialization;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Shared.Steps;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Incidents.Report.Steps;

public sealed record DescriptionForm : StepForm
{
    public string? Location { get; init; }

    public string? Description { get; init; }

    public ImpactLevel? Impact { get; init; }

    public int? PrimaryTypeId { get; init; }

    public int? SecondaryTypeId { get; init; }

    [BindNever, ValidateNever, JsonIgnore]
    public IReadOnlyList<IncidentTypeChoice> Types { get; init; } = [];
}

public sealed class DescriptionFormValidator : AbstractValidator<DescriptionForm>
{
    public DescriptionFormValidator()
    {
        RuleFor(f => f.Location).NotEmpty().WithMessage("Enter where the incident happened.")
            .MaximumLength(200).WithMessage("Enter a location of 200 characters or fewer.");
        RuleFor(f => f.Description).NotEmpty().WithMessage("Describe the incident.")
            .MaximumLength(IncidentDescription.DescriptionMaxLength)
            .WithMessage($"Shorten the description to {IncidentDescription.DescriptionMaxLength} characters or fewer.");
        RuleFor(f => f.Impact).NotNull().WithMessage("Choose major or non-major impact.");
        RuleFor(f => f.PrimaryTypeId).NotNull().WithMessage("Choose the primary incident type.");
    }
}

/// <summary>What happened. A secondary type is kept only for an abuse primary type, and must itself be another abuse type.</summary>
public sealed class DescriptionStep(ReportChoices choices, TimeProvider clock) : IReportStep<DescriptionForm>
{
    public ReportStep Step => ReportSteps.Description;

    public Task<DescriptionForm> FormAsync(Incident incident, ClaimsPrincipal user, CancellationToken ct)
    {
        var d = incident.Details;
        var form = d is null ? new DescriptionForm() : new DescriptionForm
        {
            Location = d.Location,
            Description = d.Description,
            Impact = d.Impact,
            PrimaryTypeId = d.PrimaryTypeId,
            SecondaryTypeId = d.SecondaryTypeId,
        };
        return WithChoicesAsync(incident, form, ct);
    }

    public async Task<DescriptionForm> WithChoicesAsync(Incident incident, DescriptionForm form, CancellationToken ct) =>
        form with { Types = await choices.IncidentTypesAsync(ct) };

    public async Task<Result> ApplyAsync(Incident incident, DescriptionForm form, CancellationToken ct)
    {
        var types = await choices.IncidentTypesAsync(ct);
        var primary = types.FirstOrDefault(t => t.Id == form.PrimaryTypeId);
        if (primary is null)
            return ReportErrors.UnknownType;
        int? secondary = null;
        if (primary.IsAbuse && form.SecondaryTypeId is { } id)
        {
            if (id == primary.Id || !types.Any(t => t.Id == id && t.IsAbuse))
                return ReportErrors.SecondaryNotAbuse;
            secondary = id;
        }

        var details = new IncidentDescription(form.Location!.Trim(), form.Description!.Trim(), form.Impact!.Value, primary.Id, secondary);
        return incident.SetDetails(details, clock.GetUtcNow());
    }
}
