namespace Cims.Web.Features.Shared;

/// <summary>A value a select offers: its code and its label.</summary>
public sealed record Choice(string Value, string Label);
