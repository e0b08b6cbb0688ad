using Cims.Domain.Common;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>The expected failures of the department's actions on a privacy report.</summary>

public static class PrivacyDepartmentErrors
{
    public static readonly Error NotFound = Error.NotFound("privacy.not_found", "There is no such privacy incident report.");

    public static readonly Error NotStaff = new("privacy.not_staff", "Choose a member of department staff from the list.", nameof(AssignForm.AssigneeId));

    public static readonly Error MailFailed = new("privacy.mail_failed", "The e-mail could not be sent, so nothing was recorded. Try again later.");

    public static readonly Error SummaryMailFailed = new(
        "privacy.summary_mail_failed", "The e-mail to the reporting officer could not be sent, so the summary was not recorded. Your text is kept below: try again later.");

    public static Error IncidentNotFound(string number) => new(
        "privacy.incident_not_found",
        $"There is no submitted client incident {number}. Check the number: it is on the incident's page and its PDF.",
        nameof(LinkForm.IncidentNumber));
}
