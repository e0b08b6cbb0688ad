using Cims.Domain.Incidents;
using Cims.Domain.Reviews;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>
/// The moves of a planned incident along the workflow (domain reference §6.2), each a plausible while after the last,
/// kept up to now: old incidents are mostly closed or with the department, recent ones still in endorsement, an
/// investigation or a review. About 88% of reports reach the department by their due date.
/// </summary>
public static class IncidentTimeline
{
    public const double OnTimeShare = 0.88;
    public const double WithdrawnShare = 0.007;

    public static IncidentPlan Complete(PlanCore core, int id, DateTimeOffset now, ref VolumeRandom random)
    {
        var occurred = MelbourneTime.StartOfDay(core.OccurredOn) + core.OccurredAt.ToTimeSpan();
        if (occurred > now.AddHours(-3))
        {
            core = core with { OccurredOn = core.OccurredOn.AddDays(-1) };
            occurred = occurred.AddDays(-1);
        }

        var aware = Min(occurred.AddHours(random.Chance(0.7) ? random.NextDouble() * 2 : random.NextDouble() * 72), now.AddHours(-1));
        var profile = PolicyProfiles.InForceOn(DateOnly.FromDateTime(aware.ToMelbourne().DateTime));
        var due = Due(profile, core.Impact, aware);
        var followUp = core.Impact == ImpactLevel.Major ? FollowUp(core, ref random) : (FollowUpAction?)null;
        var steps = new List<PlanStep>(10);
        DateTimeOffset? assigned = null;
        var abandonedDraft = random.Chance(0.003) || (now - aware < TimeSpan.FromDays(2) && random.Chance(0.25));
        if (!abandonedDraft)
            assigned = Moves(steps, profile, core.Impact, followUp, aware, due, ref random);
        if (random.Chance(WithdrawnShare) && steps.Count > 0)
        {
            var keep = 1 + random.Next(steps.Count);
            var withdrawnAt = steps[keep - 1].At.AddDays(1 + random.Next(5));
            steps.RemoveRange(keep, steps.Count - keep);
            steps.Add(new PlanStep(IncidentStatus.Withdrawn, withdrawnAt, PlanPhase.Closure));
            if (assigned > withdrawnAt)
                assigned = null;
        }

        steps.RemoveAll(s => s.At > now);
        return new IncidentPlan
        {
            Id = id,
            Organisation = core.Organisation,
            AreaId = core.AreaId,
            Service = core.Service,
            Place = core.Place,
            OccurredOn = core.OccurredOn,
            OccurredAt = core.OccurredAt,
            AwareAt = aware,
            Profile = profile,
            Impact = core.Impact,
            Type = core.Type,
            SecondaryTypeId = core.SecondaryTypeId,
            ClientKeys = core.ClientKeys,
            Subjects = core.Subjects,
            Witness = core.Witness,
            DueAt = due,
            FollowUp = followUp,
            Steps = steps,
            InvestigationAssignedAt = assigned <= now && steps.Any(s => s.Status == IncidentStatus.FollowUpDetermined) ? assigned : null,
        };
    }

    /// <summary>Every move from the report to closure; returns when an investigator was assigned, if one was.</summary>
    private static DateTimeOffset? Moves(
        List<PlanStep> steps, PolicyProfile profile, ImpactLevel impact, FollowUpAction? followUp, DateTimeOffset aware, DateTimeOffset due, ref VolumeRandom random)
    {
        var t = aware.AddHours(1 + (random.NextDouble() * 20));
        Add(steps, IncidentStatus.AwaitingEndorsement, t, PlanPhase.Report);
        if (random.Chance(0.03))
        {
            Add(steps, IncidentStatus.ReturnedToReporter, t = t.AddHours(20), PlanPhase.Report);
            Add(steps, IncidentStatus.AwaitingEndorsement, t = t.AddHours(22), PlanPhase.Report);
        }

        var submitted = random.Chance(OnTimeShare) && due > t
            ? t + ((due - t) * random.NextDouble())
            : Max(due, t).AddHours(2 + (random.NextDouble() * 240));
        submitted = Max(submitted, t.AddMinutes(10));
        if (profile == PolicyProfile.E1 && impact == ImpactLevel.NonMajor)
            Add(steps, IncidentStatus.NonMajorRecorded, t + ((submitted - t) * 0.3), PlanPhase.Report);
        Add(steps, IncidentStatus.SubmittedToDepartment, submitted, PlanPhase.Report);
        if (followUp is not { } action)
            return null;
        if (profile == PolicyProfile.E1)
            Add(steps, IncidentStatus.DepartmentReview, submitted.AddMinutes(1), PlanPhase.Report);
        t = profile == PolicyProfile.E1 ? submitted.AddDays(2 + random.Next(9)) : submitted.AddMinutes(2);
        Add(steps, IncidentStatus.FollowUpDetermined, t, PlanPhase.Report);
        if (action == FollowUpAction.NoFurtherAction)
        {
            Add(steps, IncidentStatus.Closed, t.AddDays(1 + random.Next(5)), PlanPhase.Closure);
            return null;
        }

        DateTimeOffset? assigned = null;
        if (action.IncludesInvestigation())
        {
            assigned = t.AddDays(1 + random.Next(10));
            Add(steps, IncidentStatus.InvestigationInProgress, t = assigned.Value.AddDays(7 + random.Next(19)), PlanPhase.Investigation);
            if (random.Chance(0.05))
                return assigned;
            Add(steps, IncidentStatus.OutcomePendingApproval, t = t.AddDays(30 + random.Next(61)), PlanPhase.Investigation);
            Add(steps, IncidentStatus.OutcomeSubmitted, t = t.AddDays(2 + random.Next(9)), PlanPhase.Investigation);
        }

        if (action.ReviewFor() is { } kind)
        {
            Add(steps, IncidentStatus.ReviewInProgress, t = t.AddDays(3 + random.Next(13)), PlanPhase.Review);
            if (random.Chance(0.05))
                return assigned;
            Add(steps, IncidentStatus.OutcomePendingApproval, t = t.AddDays(30 + random.Next(51)), PlanPhase.Review);
            if (!(kind == ReviewKind.CaseReview && profile == PolicyProfile.E1))
                Add(steps, IncidentStatus.OutcomeSubmitted, t = t.AddDays(2 + random.Next(9)), PlanPhase.Review);
        }

        Add(steps, IncidentStatus.Closed, t.AddDays(5 + random.Next(26)), PlanPhase.Closure);
        return assigned;
    }

    /// <summary>The rules' suggestion (§3.4), with the department now and then choosing a combined follow-up, an RCA or nothing.</summary>
    private static FollowUpAction FollowUp(PlanCore core, ref VolumeRandom random)
    {
        var (action, _) = FollowUpRules.Suggest(ImpactLevel.Major, core.Type.Flags, core.Subjects);
        if (random.Chance(0.04))
            return FollowUpAction.NoFurtherAction;
        return action switch
        {
            FollowUpAction.Investigation when random.Chance(0.12) =>
                random.Chance(0.5) ? FollowUpAction.InvestigationOutcomeCaseReview : FollowUpAction.InvestigationOutcomeRca,
            FollowUpAction.CaseReview when random.Chance(0.25) => FollowUpAction.RcaReview,
            _ => action,
        };
    }

    /// <summary>The reporting due date (T2/T3), as the domain's rules set it; weekends skipped, holidays not.</summary>
    public static DateTimeOffset Due(PolicyProfile profile, ImpactLevel impact, DateTimeOffset aware)
    {
        if (profile == PolicyProfile.E1 && impact == ImpactLevel.Major)
            return aware.AddHours(24);
        var day = DateOnly.FromDateTime(aware.ToMelbourne().DateTime);
        if (profile == PolicyProfile.E1)
            return EndOfDay(new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(13));
        for (var added = 0; added < 3;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                added++;
        }

        return EndOfDay(day);
    }

    public static string DueRule(PolicyProfile profile, ImpactLevel impact) =>
        profile == PolicyProfile.E1 && impact == ImpactLevel.Major ? "E1 policy: a major-impact incident is reported within 24 hours of disclosure."
        : profile == PolicyProfile.E1 ? "E1 policy: a non-major incident is submitted in the monthly batch by the 10th business day of the next month."
        : $"{profile} policy: every incident is reported within 3 business days of becoming aware.";

    private static DateTimeOffset EndOfDay(DateOnly day) => MelbourneTime.StartOfDay(day).AddHours(17);

    private static void Add(List<PlanStep> steps, Domain.Incidents.IncidentStatus status, DateTimeOffset at, PlanPhase phase) =>
        steps.Add(new PlanStep(status, at, phase));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
