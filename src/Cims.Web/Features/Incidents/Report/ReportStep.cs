namespace Cims.Web.Features.Incidents.Report;

/// <summary>One page of the report form: its route segment (also stored as the incident's last step) and title.</summary>
public sealed record ReportStep(string Name, string Title);
