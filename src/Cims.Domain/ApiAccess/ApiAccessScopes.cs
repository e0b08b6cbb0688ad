namespace Cims.Domain.ApiAccess;

/// <summary>The scopes a provider system may be granted on the API, and what each allows, in the order forms offer them.</summary>
public static class ApiAccessScopes
{
    public const string IncidentsWrite = "incidents:write";
    public const string IncidentsRead = "incidents:read";
    public const string ReferenceRead = "reference:read";

    public static readonly IReadOnlyList<string> All = [IncidentsWrite, IncidentsRead, ReferenceRead];

    public static string Describe(string scope) => scope switch
    {
        IncidentsWrite => "send endorsed incident reports, revise them and change the follow-up recommended",
        IncidentsRead => "read the organisation's incidents: status, deadlines, follow-up, investigation and review outcomes",
        ReferenceRead => "read the reference data (areas, programs, service types, incident types, option lists)",
        _ => scope,
    };

    /// <summary>The scopes, known ones only, each once, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Normalise(IEnumerable<string> scopes)
    {
        var wanted = scopes.ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(wanted.Contains)];
    }

    /// <summary>Space-separated, as stored.</summary>
    public static string Join(IEnumerable<string> scopes) => string.Join(' ', Normalise(scopes));

    public static IReadOnlyList<string> Split(string? scopes) =>
        Normalise((scopes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
