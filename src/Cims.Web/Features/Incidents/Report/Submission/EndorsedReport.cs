using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Report.People;
using Cims.Web.Features.Incidents.Report.Steps;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Report.Submission;

/// <summary>
/// A report already endorsed in the provider's own system, as a provider system sends it: each step of the web form
/// as one object with the same fields, the clients (1 to 10) and the others involved;
/// and the follow-up the delegate recommends, as the endorsement form takes it.
/// </summary>
public record EndorsedReport
{
    public ServiceForm? Service { get; init; }

    public OfficerForm? Officer { get; init; }

    public DatesForm? Dates { get; init; }

    public DescriptionForm? Description { get; init; }

    public ActionsForm? Actions { get; init; }

    public IReadOnlyList<ClientForm>? Clients { get; init; }

    public IReadOnlyList<OtherForm>? Others { get; init; }

    /// <summary>For a major-impact report, the follow-up the provider's delegate recommends instead of the rules' suggestion (optional).</summary>
    public FollowUpRecommendation? FollowUp { get; init; }
}

/// <summary>
/// The web form's own validators, step by step, so a field rule and its message can never differ between the form and
/// the API. Failures are named by section and field ("Service.AreaId", "Clients[0].Surname").
/// </summary>
public sealed class EndorsedReportValidator : AbstractValidator<EndorsedReport>
{
    public EndorsedReportValidator(
        IValidator<ServiceForm> service, IValidator<OfficerForm> officer, IValidator<DatesForm> dates, IValidator<DescriptionForm> description,
        IValidator<ActionsForm> actions, IValidator<ClientForm> client, IValidator<OtherForm> other, IValidator<FollowUpRecommendation> followUp)
    {
        RuleFor(r => r.Service!).NotNull().WithMessage("Give the service details.").SetValidator(service);
        RuleFor(r => r.Officer!).NotNull().WithMessage("Give the reporting officer's details.").SetValidator(officer);
        RuleFor(r => r.Dates!).NotNull().WithMessage("Give the incident dates.").SetValidator(dates);
        RuleFor(r => r.Description!).NotNull().WithMessage("Give the incident description.").SetValidator(description);
        RuleFor(r => r.Actions!).NotNull().WithMessage("Give the immediate actions.").SetValidator(actions);
        RuleFor(r => r.Clients).NotEmpty().WithMessage(ReportErrors.NoClients.Message)
            .Must(c => c is null || c.Count <= ClientInvolved.MaxPerIncident).WithMessage(IncidentErrors.TooManyClients.Message);
        RuleForEach(r => r.Clients).SetValidator(client);
        RuleForEach(r => r.Others).SetValidator(other);
        RuleFor(r => r.FollowUp!).SetValidator(followUp).When(r => r.FollowUp is not null);
    }
}
