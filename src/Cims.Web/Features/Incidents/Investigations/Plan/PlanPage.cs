using Cims.Domain.Investigations;
using Cims.Web.Features.Incidents.View;

namespace Cims.Web.Features.Incidents.Investigations.Plan;

/// <summary>What the plan form shows around the fields: the investigation and its incident (service details and summary come from the report).</summary>
public sealed record PlanPage(Investigation Investigation, IncidentPage Incident);
