namespace Cims.Web.Features.Shared;

/// <summary>A service type with the program it belongs to (for the grouped, filtered select).</summary>
public sealed record ServiceTypeChoice(int Id, string Name, int ProgramId, string Program);
