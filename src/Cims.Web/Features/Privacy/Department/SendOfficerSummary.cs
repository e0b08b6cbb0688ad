using System.Security.Claims;
using System.Text.Encodings.Web;
using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Web.Infrastructure.Email;
using FluentValidation;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Department;

public sealed record OfficerSummaryForm : PrivacyActionForm
{
    public string? Summary { get; init; }
}

public sealed class OfficerSummaryFormValidator : AbstractValidator<OfficerSummaryForm>
{
    public OfficerSummaryFormValidator()
    {
        RuleFor(f => f.Summary).NotEmpty().WithMessage(PrivacyErrors.SummaryRequired.Message)
            .MaximumLength(Report.OfficerSummaryMaxLength).WithMessage(PrivacyErrors.SummaryTooLong.Message);
    }
}

/// <summary>
/// Sends the reporting officer of a closed privacy report a short summary of the outcome, to the e-mail address in the
/// report's officer details. The summary is recorded (with the activity entry and the audit) only when the e-mail went.
/// </summary>
public sealed class SendOfficerSummary(AssessPrivacyReport assess, EmailSender email, ILogger<SendOfficerSummary> logger)
{
    public const string Action = "privacy.summary_sent";

    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public Task<Result<string>> RunAsync(int id, OfficerSummaryForm form, ClaimsPrincipal user, CancellationToken ct) =>
        assess.ApplyAsync(id, form, user, Action, async (report, by, now) =>
        {
            var recorded = report.SendOfficerSummary(form.Summary, by, now);
            if (recorded.Failed)
                return (recorded, "");
            try
            {
                await email.SendAsync(report.Officer!.Email, Subject(report), Body(report), ct);
            }
            catch (EmailNotSentException)
            {
                logger.LogWarning("Summary of privacy report {ReportId} not e-mailed to the reporting officer", id);
                return (PrivacyDepartmentErrors.SummaryMailFailed, "");
            }

            return (recorded, $"The summary was e-mailed to {report.Officer.Email}.");
        }, ct);

    public static string Subject(Report report) => $"Outcome of privacy incident report {report.ReportNumber}";

    private static string Body(Report report) => $"""
        <p>Hello {Html.Encode(report.Officer!.GivenName)},</p>
        <p>The department has finished assessing privacy incident report <strong>{Html.Encode(report.ReportNumber ?? "")}</strong>. A summary of the outcome:</p>
        <blockquote>{string.Join("<br>", (report.OfficerSummary ?? "").ReplaceLineEndings("\n").Split('\n').Select(Html.Encode))}</blockquote>
        <p>{Html.Encode(report.OfficerSummaryByName ?? "")}, Department privacy officer</p>
        <p>CIMS – Client Incident Management System</p>
        """;
}
