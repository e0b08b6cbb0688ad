using Cims.Web.Features.Shared.Steps;

namespace Cims.Web.Features.Incidents.Report;

/// <summary>The steps of the client incident report, in order (attachments are in Features/Incidents/Attachments).</summary>
public static class ReportSteps
{
    public static readonly ReportStep Service = new("Service", "Service details");
    public static readonly ReportStep Officer = new("Officer", "Reporting officer");
    public static readonly ReportStep Dates = new("Dates", "Incident dates");
    public static readonly ReportStep Description = new("Description", "Incident description");
    public static readonly ReportStep Clients = new("Clients", "Clients involved");
    public static readonly ReportStep Others = new("Others", "Others involved");
    public static readonly ReportStep Actions = new("Actions", "Immediate actions");
    public static readonly ReportStep Attachments = new("Attachments", "Attachments");
    public static readonly ReportStep Declaration = new("Declaration", "Declaration");

    public static readonly IReadOnlyList<ReportStep> All = [Service, Officer, Dates, Description, Clients, Others, Actions, Attachments, Declaration];

    public static string Url(int id, string step) => $"/Incidents/Report/{id}/{step}";

    public static string Url(int id, ReportStep step) => Url(id, step.Name);

    /// <summary>Where a saved step goes: the next or previous step, or the drafts list.</summary>
    public static string After(int id, ReportStep step, string? nav)
    {
        var index = All.ToList().IndexOf(step);
        return nav switch
        {
            StepNav.Back => Url(id, All[Math.Max(0, index - 1)]),
            StepNav.Later => "/Incidents/Drafts",
            StepNav.Stay => Url(id, step),
            _ => Url(id, All[Math.Min(All.Count - 1, index + 1)]),
        };
    }

    /// <summary>A stored last step, or the first step when none or unknown.</summary>
    public static ReportStep Find(string? name) => All.FirstOrDefault(s => s.Name == name) ?? Service;
}
