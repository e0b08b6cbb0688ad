using Cims.Domain.Identity;

namespace Cims.Web.Features.Learn.Modules;

/// <summary>Module 5: using the data (sections in UsingTheData.cshtml).</summary>
public static class UsingTheData
{
    public static readonly LearnModule Module = new(
        "using-the-data", "Using the data",
        "Analysis and learning: what the data is for, what the dashboards show, and how small counts are protected.",
        "UsingTheData", [Roles.DepartmentAnalyst, Roles.DepartmentStaff, Roles.AuthorisedDelegate, Roles.OrganisationAdmin],
        [
            new("purpose", "What is incident data analysed for?",
                [new("a", "To rank staff members"), new("b", "To improve the quality of services and supports to clients"),
                 new("c", "To decide funding cuts"), new("d", "It is only kept for audit")],
                "b", "The fifth stage, analysis and learning, uses incident information to improve the quality of services and supports to clients, and to find problems that would otherwise go unnoticed."),
            new("pattern", "One house records three medication errors in a month. What is the best use of the data?",
                [new("a", "Nothing, each was non-major"), new("b", "Look for a pattern and its contributing factors, and act on them"),
                 new("c", "Stop recording medication errors"), new("d", "Report the house's staff by name to every organisation")],
                "b", "Incidents that are minor one by one can show a pattern. Looking at them together, with their contributing factors, is how services learn and prevent the next one."),
            new("small-cells", "Why does an analyst sometimes see a count shown as \"<5\" rather than a number?",
                [new("a", "The data is still loading"), new("b", "Small counts are suppressed so that nobody can be identified from them"),
                 new("c", "The count is wrong"), new("d", "The incidents were withdrawn")],
                "b", "Very small counts could point at a person. Analysts see them suppressed; the threshold is a setting, shown on this page."),
            new("privacy", "Who can see your answers to these self-check questions?",
                [new("a", "Your manager"), new("b", "The CIMS administrator"), new("c", "Only you"), new("d", "Everyone in your organisation")],
                "c", "Your progress in Learn is yours alone. It is never graded or shown to anyone else, administrators included."),
        ]);
}
