namespace Cims.Web.Features.Shared;

/// <summary>The values of the shared address fields partial.</summary>
public sealed record AddressFields(string? Street, string? Suburb, string? State, string? Postcode, bool Required);
