using Cims.Domain.Privacy;

namespace Cims.Web.Features.Privacy;

/// <summary>A stage of the "Report and Contain" tab: its route segment and the guide's label.</summary>
public sealed record PrivacyStageInfo(PrivacyStage Stage, string Name, string Title)
{
    public string Url => PrivacyStages.Root + "/" + Name;
}
