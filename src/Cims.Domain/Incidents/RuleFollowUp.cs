namespace Cims.Domain.Incidents;

/// <summary>The follow-up the rules determine for an E2 or E3 major incident, with why and when it is due.</summary>
public sealed record RuleFollowUp(FollowUpAction Action, string Reason, Deadline? Due);
