using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Privacy;
using Cims.Web.Features.Shared;
using Cims.Web.Features.Shared.Steps;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Cims.Web.Features.Privacy;

/// <summary>The extra button of stage 1.</summary>
public static class ServiceNav
{
    /// <summary>Shows the chosen organisation's areas, programs and service types (works without JavaScript).</summary>
    public const string Choose = "choose";
}

public sealed record PrivacyServiceForm : StepForm
{
    public int? OrganisationId { get; init; }

    public string? Street { get; init; }

    public string? Suburb { get; init; }

    public string? State { get; init; } = "VIC";

    public string? Postcode { get; init; }

    public bool ManualAddress { get; init; }

    public int? AreaId { get; init; }

    public int? ProgramId { get; init; }

    public int? ServiceTypeId { get; init; }

    [BindNever, ValidateNever]
    public IReadOnlyList<Choice> Organisations { get; init; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<Choice> Areas { get; init; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<ServiceTypeChoice> ServiceTypes { get; init; } = [];
}

public sealed class PrivacyServiceFormValidator : AbstractValidator<PrivacyServiceForm>
{
    public PrivacyServiceFormValidator()
    {
        RuleFor(f => f.OrganisationId).NotNull().WithMessage("Choose the organisation name.");
        RuleFor(f => f.Street).NotEmpty().WithMessage("Enter the street number and name of the address of service delivery.")
            .MaximumLength(200).WithMessage("Enter a street number and name of 200 characters or fewer.");
        RuleFor(f => f.Suburb).NotEmpty().WithMessage("Enter the suburb or town.")
            .MaximumLength(100).WithMessage("Enter a suburb or town of 100 characters or fewer.");
        RuleFor(f => f.State).Must(s => AustralianStates.All.Contains(s)).WithMessage("Choose the state or territory.");
        RuleFor(f => f.Postcode).NotEmpty().WithMessage("Enter the postcode.")
            .Matches(AustralianStates.PostcodePattern).WithMessage(AustralianStates.PostcodeMessage);
        RuleFor(f => f.AreaId).NotNull().WithMessage("Choose the area.");
        RuleFor(f => f.ProgramId).NotNull().WithMessage("Choose the program.");
        RuleFor(f => f.ServiceTypeId).NotNull().WithMessage("Choose the service type.");
    }
}

/// <summary>Stage 1: the organisation from the register, the address, and the organisation's own area, program and service type.</summary>
public sealed class ServiceStage(PrivacyChoices choices, TimeProvider clock)
{
    public Task<PrivacyServiceForm> FormAsync(Domain.Privacy.PrivacyReport report, CancellationToken ct)
    {
        var s = report.Service;
        var form = s is null ? new PrivacyServiceForm() : new PrivacyServiceForm
        {
            OrganisationId = s.OrganisationId,
            Street = s.ServiceAddress.Street,
            Suburb = s.ServiceAddress.Suburb,
            State = s.ServiceAddress.State,
            Postcode = s.ServiceAddress.Postcode,
            ManualAddress = s.ManualAddress,
            AreaId = s.AreaId,
            ProgramId = s.ProgramId,
            ServiceTypeId = s.ServiceTypeId,
        };
        return WithChoicesAsync(form, ct);
    }

    public async Task<PrivacyServiceForm> WithChoicesAsync(PrivacyServiceForm form, CancellationToken ct)
    {
        var organisations = await choices.OrganisationsAsync(ct);
        if (form.OrganisationId is not { } id || organisations.All(o => o.Value != ReportChoices.Key(id)))
            return form with { Organisations = organisations };
        return form with
        {
            Organisations = organisations,
            Areas = await choices.AreasAsync(id, ct),
            ServiceTypes = await choices.ServiceTypesAsync(id, ct),
        };
    }

    /// <summary>Checks the choices belong together (the register's rules) and saves them on the draft.</summary>
    public async Task<Result> ApplyAsync(Domain.Privacy.PrivacyReport report, PrivacyServiceForm form, CancellationToken ct)
    {
        var organisationId = form.OrganisationId!.Value;
        if (!await choices.IsActiveOrganisationAsync(organisationId, ct))
            return PrivacyErrors.UnknownOrganisation;
        if ((await choices.AreasAsync(organisationId, ct)).All(a => a.Value != ReportChoices.Key(form.AreaId!.Value)))
            return PrivacyErrors.NotTheOrganisationsArea;
        var types = await choices.ServiceTypesAsync(organisationId, ct);
        if (types.All(t => t.ProgramId != form.ProgramId))
            return PrivacyErrors.NotTheOrganisationsProgram;
        var type = types.FirstOrDefault(t => t.Id == form.ServiceTypeId && t.ProgramId == form.ProgramId);
        if (type is null)
            return PrivacyErrors.ServiceTypeNotInProgram;
        var address = new Address(form.Street!.Trim(), form.Suburb!.Trim(), form.State, form.Postcode!.Trim());
        return report.SetService(new PrivacyService(organisationId, address, form.ManualAddress, form.AreaId!.Value, type.ProgramId, type.Id), clock.GetUtcNow());
    }
}
