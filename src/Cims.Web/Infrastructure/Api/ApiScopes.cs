namespace Cims.Web.Infrastructure.Api;

/// <summary>The scopes an API client may be granted, and the authorization policy of each (one per scope).</summary>
public static class ApiScopes
{
    public const string IncidentsWrite = "incidents:write";
    public const string IncidentsRead = "incidents:read";
    public const string ReferenceRead = "reference:read";

    public static readonly string[] All = [IncidentsWrite, IncidentsRead, ReferenceRead];

    /// <summary>The policy that requires a valid access token carrying <paramref name="scope"/>.</summary>
    public static string Policy(string scope) => "api:" + scope;
}
