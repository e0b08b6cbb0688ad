namespace Cims.Web.Features.Incidents.Report;

/// <summary>What the top of every step shows: the step list, the incident and any return reason.</summary>
public sealed record ReportHeader(int Id, ReportStep Current, string? ReturnReason, Guid Version);
