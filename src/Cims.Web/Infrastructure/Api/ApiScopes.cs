using Cims.Domain.ApiAccess;

namespace Cims.Web.Infrastructure.Api;

/// <summary>The scopes an API client may be granted (<see cref="ApiAccessScopes"/>), and the authorization policy of each (one per scope).</summary>
public static class ApiScopes
{
    public const string IncidentsWrite = ApiAccessScopes.IncidentsWrite;
    public const string IncidentsRead = ApiAccessScopes.IncidentsRead;
    public const string ReferenceRead = ApiAccessScopes.ReferenceRead;

    public static readonly string[] All = [IncidentsWrite, IncidentsRead, ReferenceRead];

    /// <summary>The policy that requires a valid access token carrying <paramref name="scope"/>.</summary>
    public static string Policy(string scope) => "api:" + scope;
}
