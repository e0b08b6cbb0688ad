using Cims.Domain.Common;

namespace Cims.Domain.Incidents;

/// <summary>A complete report's content, as a provider system sends it whole: every section and the people involved.</summary>
public sealed record ReportContent(
    ServiceDetails Service, ReportingOfficer Officer, IncidentDates Dates, IncidentDescription Details, ImmediateActions Actions,
    IReadOnlyList<ClientInvolved> Clients, IReadOnlyList<OtherPerson> Others);

/// <summary>
/// A report the provider endorsed may still be replaced by the provider's system while the department has not acted on
/// it (ADR 0035): waiting for the monthly batch, submitted and not routed by a person, or in screening with no decision
/// yet. The revision replaces the content, keeps the status, and adds an addendum saying who, when, why and what
/// changed ("Field: old → new").
/// </summary>
public sealed partial class Incident
{
    public const int RevisionReasonMaxLength = 1000;

    /// <summary>The content of a complete report; null while a section is missing.</summary>
    public ReportContent? Content => IsComplete
        ? new ReportContent(Service!, Officer!, Dates!, Details!, Actions!, [.. _clients], [.. _others])
        : null;

    /// <summary>
    /// The department has done something with the report: it has moved past screening (follow-up determined, closed,
    /// and every later status), a person moved it out of "submitted" or "screening" (a screening sent back, say:
    /// only CIMS itself routes a report the department receives), or department staff added an addendum.
    /// </summary>
    /// <param name="departmentUserIds">Those of the addendums' authors who are department staff.</param>
    public bool DepartmentHasActed(IReadOnlySet<string> departmentUserIds) =>
        Status is not (IncidentStatus.NonMajorRecorded or IncidentStatus.SubmittedToDepartment or IncidentStatus.DepartmentReview)
        || _history.Any(h => h.From is IncidentStatus.SubmittedToDepartment or IncidentStatus.DepartmentReview && h.ByUserId != Actor.System.UserId)
        || _addendums.Any(a => departmentUserIds.Contains(a.ByUserId));

    /// <summary>
    /// Replaces the report's content with <paramref name="content"/>, the provider's corrected report, while the
    /// department has not acted. <paramref name="changes"/> lists what changed, one "Field: old → new" line each (null:
    /// nothing did, and nothing is revised).
    /// </summary>
    public Result Revise(ReportContent content, string? reason, string? changes, Actor by, IReadOnlySet<string> departmentUserIds, DateTimeOffset now)
    {
        if (Status is IncidentStatus.Draft or IncidentStatus.AwaitingEndorsement or IncidentStatus.ReturnedToReporter or IncidentStatus.Withdrawn)
            return IncidentErrors.NotRevisable(Status);
        if (DepartmentHasActed(departmentUserIds))
            return IncidentErrors.DepartmentHasActed;
        if (string.IsNullOrWhiteSpace(reason))
            return IncidentErrors.ReasonRequired;
        if (reason.Trim().Length > RevisionReasonMaxLength)
            return IncidentErrors.RevisionReasonTooLong;
        if (content.Clients.Count == 0)
            return IncidentErrors.Incomplete;
        if (content.Clients.Count > ClientInvolved.MaxPerIncident)
            return IncidentErrors.TooManyClients;
        if (string.IsNullOrWhiteSpace(changes))
            return IncidentErrors.NoChanges;
        (Service, Officer, Dates, Details, Actions) = (content.Service, content.Officer, content.Dates, content.Details, content.Actions);
        _clients.Clear();
        _clients.AddRange(content.Clients.Select((c, i) => { c.Position = i + 1; return c; }));
        _others.Clear();
        _others.AddRange(content.Others.Select((o, i) => { o.Position = i + 1; return o; }));
        _addendums.Add(new Addendum(AddendumKind.Revision, RevisionText(reason.Trim(), changes), by.UserId, by.Name, now));
        Touch(now);
        return Result.Ok();
    }

    /// <summary>After a revision, the report is no longer one to screen (its impact is no longer major): it goes back to "submitted".</summary>
    public Result LeaveScreening(Actor by, string reason, DateTimeOffset now) =>
        Status == IncidentStatus.DepartmentReview && DepartmentRoute != DepartmentRoute.Screening
            ? Move(IncidentStatus.SubmittedToDepartment, by, now, reason)
            : IncidentErrors.WrongStatus(Status, IncidentStatus.SubmittedToDepartment);

    /// <summary>An E1 non-major report waiting for the monthly batch was revised to major impact: it goes to the department now.</summary>
    public Result SubmitRevisedNow(Actor by, DateTimeOffset now)
    {
        if (Status != IncidentStatus.NonMajorRecorded || Impact != ImpactLevel.Major)
            return IncidentErrors.WrongStatus(Status, IncidentStatus.SubmittedToDepartment);
        var result = Move(IncidentStatus.SubmittedToDepartment, by, now, "Revised to major impact: submitted now instead of in the monthly batch");
        if (!result.Failed)
            SubmittedAt = now;
        return result;
    }

    private static string RevisionText(string reason, string changes)
    {
        var text = $"Reason: {reason}\n{changes}";
        return text.Length <= Addendum.TextMaxLength ? text : $"{text[..(Addendum.TextMaxLength - 1)]}…";
    }
}
