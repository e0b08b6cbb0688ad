using Cims.Domain.Common;

namespace Cims.Domain.Privacy;

public static class PrivacyErrors
{
    /// <summary>The reporter's change to a report that is no longer a draft.</summary>
    public static readonly Error NotADraft = new("privacy.not_a_draft", "This report has been submitted and can no longer be changed.");

    /// <summary>The department's action on a report that is still a draft.</summary>
    public static readonly Error NotSubmitted = new("privacy.not_submitted", "This report is still a draft: the department can act on it once it is submitted.");

    public static readonly Error Expired = new("privacy.expired", "This draft has expired. Start a new report.");

    public static readonly Error Stale = new("privacy.stale", "This report was changed in another window or tab. Check the values below and save again.");

    public static readonly Error UnknownOrganisation = new("privacy.unknown_organisation",
        "Choose an organisation from the list. If yours is not listed, contact your Funded Agency Contract Manager.", "OrganisationId");

    public static readonly Error NotTheOrganisationsArea = new("privacy.area", "Choose one of the organisation's areas.", "AreaId");

    public static readonly Error NotTheOrganisationsProgram = new("privacy.program", "Choose one of the organisation's programs.", "ProgramId");

    public static readonly Error ServiceTypeNotInProgram = new("privacy.service_type", "Choose a service type of the program you chose.", "ServiceTypeId");

    public static readonly Error DisclosedInFuture = new("privacy.disclosed_future", "The date and time the incident was disclosed cannot be in the future.", "DisclosedDay");

    public static readonly Error TooManyPeople = new("privacy.too_many_people", "A report can name at most 10 persons impacted.");

    public static readonly Error PersonNotFound = new("privacy.person_not_found", "That person is no longer on this report.");

    public static readonly Error Incomplete = new("privacy.incomplete", "Complete every stage before you submit the report.");

    public static readonly Error NotOpen = new("privacy.not_open", "This privacy incident is closed. Reopen it first.");

    public static readonly Error NotClosed = new("privacy.not_closed", "This privacy incident is not closed.");

    public static readonly Error UnknownOutcome = new("privacy.outcome", "Choose the outcome of the assessment.", "Outcome");

    public static readonly Error SummaryNotClosed = new("privacy.summary_not_closed", "The summary for the reporting officer can be sent once the report is closed.");

    public static readonly Error SummaryAlreadySent = new("privacy.summary_already_sent", "The summary was already sent to the reporting officer.");

    public static readonly Error SummaryRequired = new("privacy.summary_required", "Enter the summary for the reporting officer.", "Summary");

    public static readonly Error SummaryTooLong = new(
        "privacy.summary_length", $"The summary must be {PrivacyReport.OfficerSummaryMaxLength} characters or fewer.", "Summary");
}
