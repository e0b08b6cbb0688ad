namespace Cims.Web.Features.Shared.Steps;

/// <summary>The values of the navigation buttons of a form in steps; each form offers the ones it needs.</summary>
public static class StepNav
{
    public const string Next = "next";
    public const string Back = "back";

    /// <summary>Save and return later: to the list of drafts.</summary>
    public const string Later = "later";

    /// <summary>After adding, changing or removing an entry of a list step: back to the list.</summary>
    public const string Stay = "stay";
}
