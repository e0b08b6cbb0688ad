namespace Cims.Web.Features.Shared;

/// <summary>A date typed as day, month and year: inputs {Prefix}Day, {Prefix}Month and {Prefix}Year; errors on {Prefix}Day.</summary>
public sealed record DateInput(string Prefix, string Legend, string? Day, string? Month, string? Year, bool Required = true);
