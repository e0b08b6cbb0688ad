namespace Cims.Web.Features.Incidents.Investigations.Outcome;

/// <summary>A form that returns something with a reason: where it posts, its wording, and the reason as typed.</summary>
public sealed record ReasonFormView(string Action, string Heading, string Label, string Hint, string Button, OutcomeDecisionForm Form);
