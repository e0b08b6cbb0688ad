using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Submission;

/// <summary>What a Submit post came to. The controller maps each to its response and decides nothing.</summary>
public abstract record SubmissionOutcome
{
    private SubmissionOutcome()
    {
    }

    /// <summary>The report is submitted, by this post or by the other post of a double click: show its receipt.</summary>
    public sealed record Submitted(Report Report) : SubmissionOutcome;

    /// <summary>A stage is not complete yet: go to it.</summary>
    public sealed record NotReady(PrivacyStage Next) : SubmissionOutcome;

    /// <summary>
    /// Not submitted: show the declaration of <paramref name="Report"/> again with the form's messages and
    /// <paramref name="Error"/>, if any (stale when another window changed the draft first), posting <paramref name="Version"/> next.
    /// </summary>
    public sealed record Refused(Report Report, Error? Error, Guid Version) : SubmissionOutcome;

    /// <summary>The draft is gone (deleted by Cancel in another window): back to the landing page.</summary>
    public sealed record NoDraft : SubmissionOutcome;
}
