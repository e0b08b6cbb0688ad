using System.Globalization;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>The "Cims:Analysis" settings.</summary>
public sealed class AnalysisOptions
{
    public const int DefaultSmallCellThreshold = 5;

    /// <summary>Cims:Analysis:SmallCellThreshold — counts from 1 up to one below this are shown as "&lt;5" to analysts (domain reference §10).</summary>
    public int SmallCellThreshold { get; set; } = DefaultSmallCellThreshold;

    /// <summary>
    /// Cims:Analysis:SummaryMinutes — how often the dashboards' summary is rebuilt (default 15); 0 turns the summary off
    /// and every figure is counted live.
    /// </summary>
    public int SummaryMinutes { get; set; } = 15;

    /// <summary>Cims:Analysis:SummaryJobEnabled — false: this node does not rebuild the summary (another node does).</summary>
    public bool SummaryJobEnabled { get; set; } = true;
}

/// <summary>
/// How a count is shown to this user: as it is, or (for an analyst) "&lt;5" when it is small enough to point at a
/// person. Zero is shown: it points at no one. A suppressed count has no share and no bar either.
/// </summary>
public sealed class SmallCells(IOptions<AnalysisOptions> options)
{
    public int Threshold => options.Value.SmallCellThreshold;

    public string Below => $"<{Threshold.ToString(CultureInfo.InvariantCulture)}";

    public bool Hides(int count, bool suppress) => suppress && count > 0 && count < Threshold;

    public string Count(int count, bool suppress) => Hides(count, suppress) ? Below : count.ToString("N0", CultureInfo.InvariantCulture);

    public string Share(int count, int total, bool suppress) =>
        Hides(count, suppress) || total == 0 ? "—" : (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A share of a part (on time, substantiated): hidden when either the part or the rest is, since each gives the other away.</summary>
    public string ShareOfTwo(int part, int total, bool suppress) =>
        suppress && (Hides(part, true) || Hides(total - part, true)) ? "—" : Share(part, total, false);
}
