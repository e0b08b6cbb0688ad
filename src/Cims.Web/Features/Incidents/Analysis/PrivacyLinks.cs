using Cims.Domain.Privacy;

namespace Cims.Web.Features.Incidents.Analysis;

/// <summary>The privacy drill-down's addresses: the filters and the measure.</summary>
public static class PrivacyLinks
{
    public static string List(AnalysisFilters filters, string measure, int? page = null, bool csv = false)
    {
        var query = (filters with { Page = null }).Query(page);
        return $"/Analysis/Privacy{(csv ? ".csv" : "")}{query}{(query.Length == 0 ? "?" : "&")}Measure={Uri.EscapeDataString(measure)}";
    }

    public static string Status(PrivacyReportStatus status) => status switch
    {
        PrivacyReportStatus.UnderAssessment => "Under assessment",
        _ => status.ToString(),
    };
}
