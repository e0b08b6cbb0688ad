namespace Cims.Web.Features.Incidents.Report;

/// <summary>The values of the navigation buttons every step carries.</summary>
public static class StepNav
{
    public const string Next = "next";
    public const string Back = "back";
    public const string Later = "later";

    /// <summary>After adding, changing or removing a person: back to the list.</summary>
    public const string Stay = "stay";
}
