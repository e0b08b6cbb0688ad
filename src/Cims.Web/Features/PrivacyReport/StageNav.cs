namespace Cims.Web.Features.PrivacyReport;

/// <summary>The values of the stage buttons.</summary>
public static class StageNav
{
    public const string Next = "next";
    public const string Back = "back";

    /// <summary>Stage 1: show the chosen organisation's areas, programs and service types (works without JavaScript).</summary>
    public const string Choose = "choose";
}
