using System.Security.Claims;

namespace Cims.Web.Infrastructure.Api;

/// <summary>What an API access token says about its client, besides the organisation and name every CIMS principal has.</summary>
public static class ApiClaimTypes
{
    /// <summary>The OAuth client id of the provider system the token was issued to.</summary>
    public const string Client = "cims:client";

    /// <summary>The <see cref="ApiClient"/> row's key, so that each call checks the client is not revoked by its primary key.</summary>
    public const string ClientKey = "cims:client_key";

    /// <summary>The user id an API client acts as in the history and the audit log: "api:" and its client id.</summary>
    public static string UserId(string clientId) => "api:" + clientId;
}

public static class ApiPrincipalExtensions
{
    /// <summary>The API client's id, or null for a person signed in to the web app.</summary>
    public static string? ApiClientId(this ClaimsPrincipal user) => user.FindFirstValue(ApiClaimTypes.Client);

    public static bool IsApiClient(this ClaimsPrincipal user) => user.ApiClientId() is not null;
}
