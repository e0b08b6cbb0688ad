using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Cims.Web.Features.Incidents.Analysis;
using Cims.Web.Features.Incidents.Clock;
using Cims.Web.Features.Notifications;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Learn;

/// <summary>
/// Builds <see cref="LearnRules"/> from the same sources the product enforces, so the modules cannot drift from the rules:
/// a changed setting or a renamed incident type shows in the modules at once (the types through the report form's cache).
/// </summary>
public sealed class LearnRulesSource(
    CimsDbContext db, TimeProvider clock, ReferenceCache cache, IOptions<ClockOptions> clockOptions,
    IOptions<ReminderOptions> reminders, IOptions<AnalysisOptions> analysis)
{
    public async Task<LearnRules> GetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var types = await cache.GetAsync("learn-incident-types", today, () => ReadTypesAsync(today, ct));
        var r = reminders.Value;
        return new LearnRules(
            PolicyProfiles.InForceOn(today), Timeframes(clockOptions.Value.MaxExtensionBusinessDays),
            clockOptions.Value.MaxExtensionBusinessDays, r.BusinessDaysBefore, r.ReminderDelegateEscalationBusinessDays,
            r.ReminderDepartmentEscalationBusinessDays, analysis.Value.SmallCellThreshold, types);
    }

    private static List<TimeframeRow> Timeframes(int maxExtension)
    {
        var rows = new List<TimeframeRow>
        {
            new("report-major-e1", "Reporting", "Report a major-impact incident (endorsed) to the department",
                $"Within {ReportingDeadlines.MajorReportHoursE1} hours of disclosure (clock hours)", "E1"),
            new("report-nonmajor-e1", "Reporting", "Submit a non-major incident",
                $"In the monthly batch, by the end of the {ReportingDeadlines.MonthlyBatchBusinessDay}th business day of the next month", "E1"),
            new("report-e2", "Reporting", "Report every incident (endorsed) to the department",
                $"Within {ReportingDeadlines.BusinessDaysToReport} business days of becoming aware", "E2 and E3"),
        };
        foreach (var action in Enum.GetValues<FollowUpAction>().Where(a => FollowUpDeadlines.BusinessDays(a) > 0))
        {
            rows.Add(new($"followup-{action}", action.IncludesInvestigation() ? "Investigation" : "Review", action.Display(),
                $"{FollowUpDeadlines.BusinessDays(action)} business days after {FollowUpDeadlines.StartsFrom(action)}", "All"));
        }

        rows.Add(new("extension", "Investigation and review", "One extension request may add at most",
            $"{maxExtension} business days to the current due date", "All"));
        return rows;
    }

    private async Task<IReadOnlyList<TypeGuidance>> ReadTypesAsync(DateOnly today, CancellationToken ct)
    {
        var rows = await db.IncidentTypes.AsNoTracking().Where(ReferenceFilters.ValidOn<IncidentType>(today))
            .OrderBy(t => t.Category!.SortOrder).ThenBy(t => t.SortOrder)
            .Select(t => new { Category = t.Category!.Name, t.Name, t.IsAbuseType, t.RequiresInvestigationWhenMajor, t.RequiresReviewWhenMajor, t.IsConfirmed })
            .ToListAsync(ct);
        return [.. rows.Select(t => Guidance(t.Category, t.Name, new(t.IsAbuseType, t.RequiresInvestigationWhenMajor, t.RequiresReviewWhenMajor, t.IsConfirmed)))];
    }

    private static TypeGuidance Guidance(string category, string name, IncidentTypeFlags flags)
    {
        string[] reasons = flags.IsAbuseType
            ? [FollowUpRules.Suggest(ImpactLevel.Major, flags, [SubjectOfAllegationRole.Staff]).Reason, FollowUpRules.Suggest(ImpactLevel.Major, flags, []).Reason]
            : [FollowUpRules.Suggest(ImpactLevel.Major, flags, []).Reason];
        return new TypeGuidance(category, name, flags.IsAbuseType, flags.IsConfirmed, reasons);
    }
}
