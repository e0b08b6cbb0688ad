namespace Cims.Web.Features.Incidents.Analysis.Summary;

/// <summary>
/// One cell of the dashboards' summary: the reported incidents that occurred in one month and share an organisation,
/// area, program, service type, primary incident type and impact, with everything the tiles count about them, as at
/// the summary's build (<see cref="AnalysisSummaryState"/>). A missing id is 0; a missing impact −1; an unknown month 0.
/// </summary>
public sealed class AnalysisCell : ISummaryCell
{
    /// <summary>Which cells these are: the base cells, or a roll-up of them by organisation and at most one more part.</summary>
    public CellLevel Level { get; set; }

    /// <summary>1 for incidents that have reached the department (all it sees), 0 for those still with their organisation.</summary>
    public int Department { get; set; }

    /// <summary>The Melbourne month the incidents occurred in, as yyyymm.</summary>
    public int OccurredMonth { get; set; }

    public int OrganisationId { get; set; }

    public int AreaId { get; set; }

    public int ProgramId { get; set; }

    public int ServiceTypeId { get; set; }

    public int TypeId { get; set; }

    public int Impact { get; set; }

    public int Incidents { get; set; }

    /// <summary>Reports with a due date (T2, T3), and those that reached the department by it.</summary>
    public int ReportsDue { get; set; }

    public int ReportsOnTime { get; set; }

    /// <summary>Incidents with an Aboriginal and/or Torres Strait Islander client.</summary>
    public int AboriginalClient { get; set; }

    /// <summary>Incidents with a subject of allegation in each role.</summary>
    public int SubjectStaff { get; set; }

    public int SubjectCarer { get; set; }

    public int SubjectClient { get; set; }

    public int SubjectOther { get; set; }

    public int SubjectUnknown { get; set; }

    /// <summary>Investigations and reviews approved on time, and late (approved late, or overdue at the build).</summary>
    public int InvestigationsOnTime { get; set; }

    public int InvestigationsLate { get; set; }

    public int ReviewsOnTime { get; set; }

    public int ReviewsLate { get; set; }

    /// <summary>Incidents whose follow-up outcome was wholly on time, and those with a part late.</summary>
    public int OutcomesOnTime { get; set; }

    public int OutcomesLate { get; set; }

    public int InvestigationsOverdue { get; set; }

    public int ReviewsOverdue { get; set; }

    /// <summary>Requests to extend an investigation or review: all, and waiting, approved, declined.</summary>
    public int ExtensionsRequested { get; set; }

    public int ExtensionsPending { get; set; }

    public int ExtensionsApproved { get; set; }

    public int ExtensionsDeclined { get; set; }

    /// <summary>Recommendations and review actions: all, done, not accepted, open or in progress, overdue.</summary>
    public int Actions { get; set; }

    public int ActionsDone { get; set; }

    public int ActionsNotAccepted { get; set; }

    public int ActionsOpen { get; set; }

    public int ActionsOverdue { get; set; }

    /// <summary>Adds another cell's figures to this one's (rolling cells up).</summary>
    public void Add(AnalysisCell other)
    {
        Incidents += other.Incidents;
        ReportsDue += other.ReportsDue;
        ReportsOnTime += other.ReportsOnTime;
        AboriginalClient += other.AboriginalClient;
        SubjectStaff += other.SubjectStaff;
        SubjectCarer += other.SubjectCarer;
        SubjectClient += other.SubjectClient;
        SubjectOther += other.SubjectOther;
        SubjectUnknown += other.SubjectUnknown;
        InvestigationsOnTime += other.InvestigationsOnTime;
        InvestigationsLate += other.InvestigationsLate;
        ReviewsOnTime += other.ReviewsOnTime;
        ReviewsLate += other.ReviewsLate;
        OutcomesOnTime += other.OutcomesOnTime;
        OutcomesLate += other.OutcomesLate;
        InvestigationsOverdue += other.InvestigationsOverdue;
        ReviewsOverdue += other.ReviewsOverdue;
        ExtensionsRequested += other.ExtensionsRequested;
        ExtensionsPending += other.ExtensionsPending;
        ExtensionsApproved += other.ExtensionsApproved;
        ExtensionsDeclined += other.ExtensionsDeclined;
        Actions += other.Actions;
        ActionsDone += other.ActionsDone;
        ActionsNotAccepted += other.ActionsNotAccepted;
        ActionsOpen += other.ActionsOpen;
        ActionsOverdue += other.ActionsOverdue;
    }
}

/// <summary>
/// The base cells keep every part of their place; each roll-up keeps the month, the organisation and at most one more
/// part (the others are 0), so a view that filters or counts by no more than that reads a few thousand rows, not all.
/// </summary>
public enum CellLevel
{
    Base = 0,
    Organisation = 1,
    Area = 2,
    Program = 3,
    ServiceType = 4,
    Type = 5,
    Impact = 6,
}

/// <summary>The place of a summary cell, which the dashboard's filters select by.</summary>
public interface ISummaryCell
{
    CellLevel Level { get; set; }

    int Department { get; set; }

    int OccurredMonth { get; set; }

    int OrganisationId { get; set; }

    int AreaId { get; set; }

    int ProgramId { get; set; }

    int ServiceTypeId { get; set; }

    int TypeId { get; set; }

    int Impact { get; set; }
}

/// <summary>The allegations with a finding of one cell's incidents, by the allegation's incident type.</summary>
public sealed class AnalysisFindingCell : ISummaryCell
{
    public CellLevel Level { get; set; }

    public int Department { get; set; }

    public int OccurredMonth { get; set; }

    public int OrganisationId { get; set; }

    public int AreaId { get; set; }

    public int ProgramId { get; set; }

    public int ServiceTypeId { get; set; }

    public int TypeId { get; set; }

    public int Impact { get; set; }

    public string AllegationType { get; set; } = "";

    public int Findings { get; set; }

    public int Substantiated { get; set; }
}

/// <summary>The summary's one row: when it was built (the moment "overdue" was judged at), how long it took, and what it holds.</summary>
public sealed class AnalysisSummaryState
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public DateTimeOffset BuiltAt { get; set; }

    public int Incidents { get; set; }

    public int Cells { get; set; }

    public int BuildMilliseconds { get; set; }
}
