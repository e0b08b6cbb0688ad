namespace Cims.Web.Features.Shared;

/// <summary>An incident type with its category and whether it is an abuse type.</summary>
public sealed record IncidentTypeChoice(int Id, string Name, string Category, bool IsAbuse);
