using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Shared.Steps;
using Cims.Web.Infrastructure.Identity;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Report.Steps;

public sealed record OfficerForm : StepForm
{
    public string? Surname { get; init; }

    public string? GivenName { get; init; }

    public string? JobTitle { get; init; }

    public string? Telephone { get; init; }

    public string? Email { get; init; }

    public string? LineManagerName { get; init; }
}

public sealed class OfficerFormValidator : AbstractValidator<OfficerForm>
{
    public const string TelephoneMessage = "Enter the telephone number using digits only, with an optional + at the start and no spaces, like 0355501234.";

    public OfficerFormValidator()
    {
        RuleFor(f => f.Surname).NotEmpty().WithMessage("Enter your surname.").MaximumLength(100).WithMessage("Enter a surname of 100 characters or fewer.");
        RuleFor(f => f.GivenName).NotEmpty().WithMessage("Enter your given name.").MaximumLength(100).WithMessage("Enter a given name of 100 characters or fewer.");
        RuleFor(f => f.JobTitle).NotEmpty().WithMessage("Enter your job title.").MaximumLength(100).WithMessage("Enter a job title of 100 characters or fewer.");
        RuleFor(f => f.Telephone).NotEmpty().WithMessage("Enter your telephone number.")
            .Matches(@"^\+?\d{6,15}$").WithMessage(TelephoneMessage);
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your e-mail address.")
            .MaximumLength(256).WithMessage("Enter an e-mail address of 256 characters or fewer.")
            .EmailAddress().WithMessage("Enter an e-mail address in the right format, like name@example.org.");
        RuleFor(f => f.LineManagerName).NotEmpty().WithMessage("Enter your line manager's name.")
            .MaximumLength(200).WithMessage("Enter a name of 200 characters or fewer.");
    }
}

/// <summary>The reporting officer (never anonymous): prefilled from the signed-in user the first time.</summary>
public sealed class OfficerStep(TimeProvider clock) : IReportStep<OfficerForm>
{
    public ReportStep Step => ReportSteps.Officer;

    public Task<OfficerForm> FormAsync(Incident incident, ClaimsPrincipal user, CancellationToken ct)
    {
        if (incident.Officer is { } o)
        {
            return Task.FromResult(new OfficerForm
            {
                Surname = o.Surname,
                GivenName = o.GivenName,
                JobTitle = o.JobTitle,
                Telephone = o.Telephone,
                Email = o.Email,
                LineManagerName = o.LineManagerName,
            });
        }

        var names = user.DisplayName().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Task.FromResult(new OfficerForm
        {
            GivenName = names.ElementAtOrDefault(0),
            Surname = names.ElementAtOrDefault(1),
            Email = user.Identity?.Name,
        });
    }

    public Task<OfficerForm> WithChoicesAsync(Incident incident, OfficerForm form, CancellationToken ct) => Task.FromResult(form);

    public Task<Result> ApplyAsync(Incident incident, OfficerForm form, CancellationToken ct) => Task.FromResult(incident.SetOfficer(
        new ReportingOfficer(form.Surname!.Trim(), form.GivenName!.Trim(), form.JobTitle!.Trim(), form.Telephone!, form.Email!.Trim(), form.LineManagerName!.Trim()),
        clock.GetUtcNow()));
}
