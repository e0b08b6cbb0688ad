using Cims.Domain.Privacy;
using Cims.Web.Features.Shared.Steps;

namespace Cims.Web.Features.Privacy;

/// <summary>The stages in order, then the declaration and the confirmation.</summary>
public static class PrivacyStages
{
    public const string Root = "/PrivacyReport";

    public const string Declaration = Root + "/Declaration";

    public const string Submitted = Root + "/Submitted";

    public static readonly IReadOnlyList<PrivacyStageInfo> All =
    [
        new(PrivacyStage.Service, "Service", "Service"),
        new(PrivacyStage.Officer, "Officer", "Reporting officer"),
        new(PrivacyStage.Dates, "Dates", "Dates"),
        new(PrivacyStage.Description, "Description", "Description"),
        new(PrivacyStage.People, "People", "Person(s) impacted"),
        new(PrivacyStage.Containment, "Containment", "Containment"),
    ];

    public static PrivacyStageInfo Of(PrivacyStage stage) => All[(int)stage];

    public static PrivacyStageInfo? Find(string? name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Where a saved stage goes: the previous stage (the landing page before the first) or the next.</summary>
    public static string After(PrivacyStage stage, string? nav) => nav == StepNav.Back
        ? stage == PrivacyStage.Service ? Root : Of(stage - 1).Url
        : stage == PrivacyStage.Containment ? Declaration : Of(stage + 1).Url;
}
