using Cims.Domain.Investigations;
using Cims.Domain.Reviews;
using Cims.Web.Features.Incidents.Investigations;
using Cims.Web.Features.Incidents.Reviews;

namespace Cims.Web.Features.Incidents.Clock;

/// <summary>
/// The two kinds of work with a clock: investigations and reviews. The clock's pages are the same for both, under
/// <c>/Investigations/{id}/…</c> and <c>/Reviews/{id}/…</c>; this names the path, the entity in the audit log, and
/// how the pages speak of the work.
/// </summary>
public sealed record ClockKind(string Path, string EntityType, string AuditPrefix, string KindNoun)
{
    /// <summary>The route constraint of the clock's pages: the two paths.</summary>
    public const string Route = "{work:regex(^(Investigations|Reviews)$)}";

    public static readonly ClockKind Investigation = new("Investigations", InvestigationWrites.EntityType, "investigation", "investigation");

    public static readonly ClockKind Review = new("Reviews", ReviewWrites.EntityType, "review", "review");

    public static ClockKind FromPath(string work) => work == Review.Path ? Review : Investigation;

    public static ClockKind Of(ClockedWork work) => work is Domain.Reviews.Review ? Review : Investigation;

    /// <summary>The work within a sentence: "investigation", "case review", "RCA review".</summary>
    public static string Noun(ClockedWork work) => work is Domain.Reviews.Review review ? review.Kind.Noun() : "investigation";

    /// <summary>The work's page.</summary>
    public static string Href(ClockedWork work) => $"/{Of(work).Path}/{work.Id}";
}
