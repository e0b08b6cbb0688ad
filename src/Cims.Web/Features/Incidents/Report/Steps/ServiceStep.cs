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

public sealed record ServiceForm : StepForm
{
    public int? AreaId { get; init; }

    public int? ProgramId { get; init; }

    public int? ServiceTypeId { get; init; }

    public string? Street { get; init; }

    public string? Suburb { get; init; }

    public string? State { get; init; } = "VIC";

    public string? Postcode { get; init; }

    public bool ManualAddress { get; init; }

    [BindNever, ValidateNever, JsonIgnore]
    public string OrganisationName { get; init; } = "";

    [BindNever, ValidateNever, JsonIgnore]
    public IReadOnlyList<Choice> Areas { get; init; } = [];

    [BindNever, ValidateNever, JsonIgnore]
    public IReadOnlyList<ServiceTypeChoice> ServiceTypes { get; init; } = [];
}

public sealed class ServiceFormValidator : AbstractValidator<ServiceForm>
{
    public ServiceFormValidator()
    {
        RuleFor(f => f.AreaId).NotNull().WithMessage("Choose the area.");
        RuleFor(f => f.ProgramId).NotNull().WithMessage("Choose the program.");
        RuleFor(f => f.ServiceTypeId).NotNull().WithMessage("Choose the service type.");
        RuleFor(f => f.Street).NotEmpty().WithMessage("Enter the street address of service delivery.")
            .MaximumLength(200).WithMessage("Enter a street address of 200 characters or fewer.");
        RuleFor(f => f.Suburb).NotEmpty().WithMessage("Enter the suburb or town.")
            .MaximumLength(100).WithMessage("Enter a suburb or town of 100 characters or fewer.");
        RuleFor(f => f.State).Must(s => AustralianStates.All.Contains(s)).WithMessage("Choose the state or territory.");
        RuleFor(f => f.Postcode).NotEmpty().WithMessage("Enter the postcode.")
            .Matches(AustralianStates.PostcodePattern).WithMessage(AustralianStates.PostcodeMessage);
    }
}

/// <summary>Service details: the organisation's own area and service type, the program the type belongs to, and the address.</summary>
public sealed class ServiceStep(ReportChoices choices, TimeProvider clock) : IReportStep<ServiceForm>
{
    public ReportStep Step => ReportSteps.Service;

    public Task<ServiceForm> FormAsync(Incident incident, ClaimsPrincipal user, CancellationToken ct)
    {
        var s = incident.Service;
        var form = s is null ? new ServiceForm() : new ServiceForm
        {
            AreaId = s.AreaId,
            ProgramId = s.ProgramId,
            ServiceTypeId = s.ServiceTypeId,
            Street = s.ServiceAddress.Street,
            Suburb = s.ServiceAddress.Suburb,
            State = s.ServiceAddress.State,
            Postcode = s.ServiceAddress.Postcode,
            ManualAddress = s.ManualAddress,
        };
        return WithChoicesAsync(incident, form, ct);
    }

    public async Task<ServiceForm> WithChoicesAsync(Incident incident, ServiceForm form, CancellationToken ct) => form with
    {
        OrganisationName = await choices.OrganisationNameAsync(incident.OrganisationId, ct),
        Areas = await choices.AreasAsync(incident.OrganisationId, ct),
        ServiceTypes = await choices.ServiceTypesAsync(incident.OrganisationId, ct),
    };

    public async Task<Result> ApplyAsync(Incident incident, ServiceForm form, CancellationToken ct)
    {
        var areas = await choices.AreasAsync(incident.OrganisationId, ct);
        if (areas.All(a => a.Value != ReportChoices.Key(form.AreaId!.Value)))
            return ReportErrors.NotYourArea;
        var type = (await choices.ServiceTypesAsync(incident.OrganisationId, ct)).FirstOrDefault(t => t.Id == form.ServiceTypeId);
        if (type is null)
            return ReportErrors.NotYourServiceType;
        if (type.ProgramId != form.ProgramId)
            return ReportErrors.ServiceTypeNotInProgram;
        var address = new Address(form.Street!.Trim(), form.Suburb!.Trim(), form.State, form.Postcode!.Trim());
        return incident.SetService(new ServiceDetails(form.AreaId!.Value, type.ProgramId, type.Id, address, form.ManualAddress), clock.GetUtcNow());
    }
}
