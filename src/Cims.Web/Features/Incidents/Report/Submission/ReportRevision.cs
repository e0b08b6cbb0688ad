using Cims.Domain.Incidents;
using FluentValidation;

namespace Cims.Web.Features.Incidents.Report.Submission;

/// <summary>The provider system's corrected report: the whole <see cref="EndorsedReport"/> again, and why it changed.</summary>
public sealed record ReportRevision : EndorsedReport
{
    public string? Reason { get; init; }
}

/// <summary>The endorsed report's own rules (<see cref="EndorsedReportValidator"/>), and a reason.</summary>
public sealed class ReportRevisionValidator : AbstractValidator<ReportRevision>
{
    public ReportRevisionValidator(IValidator<EndorsedReport> report)
    {
        Include(report);
        RuleFor(r => r.Reason).NotEmpty().WithMessage(IncidentErrors.ReasonRequired.Message)
            .MaximumLength(Incident.RevisionReasonMaxLength).WithMessage(IncidentErrors.RevisionReasonTooLong.Message);
    }
}
