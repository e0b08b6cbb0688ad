using Cims.Domain.Privacy;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Department;

/// <summary>The names shown in place of a report's ids and option codes.</summary>
public sealed record PrivacyNames(
    string Organisation, string Area, string Program, string ServiceType, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Labels)
{
    /// <summary>The label of an option code (the code itself when the option was deleted).</summary>
    public string Option(string list, string? code) =>
        code is null ? "—" : Labels.TryGetValue(list, out var labels) && labels.TryGetValue(code, out var label) ? label : code;

    public string Many(string list, IEnumerable<string> codes) =>
        codes.Any() ? string.Join(", ", codes.Select(c => Option(list, c))) : "None";
}

public sealed record PrivacyFileRow(int Id, string FileName, long SizeBytes);

/// <summary>Who the department may assign a report to.</summary>
public sealed record StaffChoice(string UserId, string Name);

/// <summary>Everything the detail page shows, and what the signed-in user may do.</summary>
public sealed record PrivacyReportPage(
    Report Report, PrivacyNames Names, IReadOnlyList<PrivacyFileRow> Files, string? LinkedIncidentNumber,
    IReadOnlyList<StaffChoice> Staff, bool CanAct, string UserId)
{
    public int Id => Report.Id;

    public string Title => Report.ReportNumber ?? $"Privacy report {Report.Id}";

    public bool CanAssignToMe => CanAct && Report.IsOpen && Report.AssignedToUserId != UserId;

    public bool CanClose => CanAct && Report.IsOpen;

    public bool CanReopen => CanAct && Report.Status == PrivacyReportStatus.Closed;

    public bool CanSendOfficerSummary => CanAct && Report.CanSendOfficerSummary;
}

/// <summary>The detail page with the action forms as typed (after an error) or empty.</summary>
public sealed record PrivacyDetailsView(PrivacyReportPage Page, PrivacyForms Forms);

public sealed record PrivacyForms
{
    public AssignForm Assign { get; init; } = new();

    public NoteForm Note { get; init; } = new();

    public CloseForm Close { get; init; } = new();

    public ReopenForm Reopen { get; init; } = new();

    public LinkForm Link { get; init; } = new();
}
