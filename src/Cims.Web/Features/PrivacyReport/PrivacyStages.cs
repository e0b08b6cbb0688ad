using Cims.Domain.Privacy;

namespace Cims.Web.Features.PrivacyReport;

/// <summary>A stage of the "Report and Contain" tab: its route segment and the guide's label.</summary>
public sealed record PrivacyStageInfo(PrivacyStage Stage, string Name, string Title)
{
    public string Url => PrivacyStages.Root + "/" + Name;
}

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
    public static string After(PrivacyStage stage, string? nav) => nav == StageNav.Back
        ? stage == PrivacyStage.Service ? Root : Of(stage - 1).Url
        : stage == PrivacyStage.Containment ? Declaration : Of(stage + 1).Url;
}

/// <summary>The values of the stage buttons.</summary>
public static class StageNav
{
    public const string Next = "next";
    public const string Back = "back";

    /// <summary>Stage 1: show the chosen organisation's areas, programs and service types (works without JavaScript).</summary>
    public const string Choose = "choose";
}

/// <summary>What every stage form posts besides its fields: the version it started from and the button pressed.</summary>
public abstract record PrivacyStageForm
{
    public Guid? Version { get; init; }

    public string? Nav { get; init; }
}

/// <summary>The top of every stage: the stage links, the current stage and when the draft expires.</summary>
public sealed record PrivacyStageHeader(PrivacyStageInfo Current, IReadOnlyList<(PrivacyStageInfo Info, bool Open)> Stages, DateTimeOffset ExpiresAt)
{
    public static PrivacyStageHeader For(Domain.Privacy.PrivacyReport report, PrivacyStage current) =>
        new(PrivacyStages.Of(current), [.. PrivacyStages.All.Select(s => (s, report.CanOpen(s.Stage)))], report.ExpiresAt);
}
