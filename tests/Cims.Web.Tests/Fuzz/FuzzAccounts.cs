using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// Who may reach each route, read from its own authorization data: the demo accounts of Agency One and the department
/// whose roles and claims pass the route's policy ("" for a public form, "api" for the API's client credentials).
/// Agency Two's accounts stay out: its records are "another organisation's".
/// </summary>
public static class FuzzAccounts
{
    public const string Anonymous = "";
    public const string Api = "api";

    public static async Task<IReadOnlyDictionary<FuzzRoute, string[]>> ForAsync(IServiceProvider services, IReadOnlyList<FuzzRoute> routes)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<CimsUser>>();
        var people = new List<(string Email, System.Security.Claims.ClaimsPrincipal Principal)>();
        foreach (var account in DemoAccounts.All.Where(a => a.Organisation != DemoAccounts.AgencyTwo))
            people.Add((account.Email, await principals.CreateAsync((await users.FindByEmailAsync(account.Email))!)));

        var policies = scope.ServiceProvider.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        var eligible = new Dictionary<FuzzRoute, string[]>();
        foreach (var route in routes)
            eligible[route] = await WhoAsync(route, people, policies, authorization);
        return eligible;
    }

    private static async Task<string[]> WhoAsync(
        FuzzRoute route, List<(string Email, System.Security.Claims.ClaimsPrincipal Principal)> people,
        IAuthorizationPolicyProvider policies, IAuthorizationService authorization)
    {
        if (route.IsApi)
            return [Api];
        var metadata = route.Endpoint.Metadata;
        if (metadata.GetMetadata<IAllowAnonymous>() is not null)
            return [Anonymous];
        var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.GetOrderedMetadata<IAuthorizeData>(), metadata.GetOrderedMetadata<AuthorizationPolicy>())
            ?? await policies.GetFallbackPolicyAsync();
        if (policy is null)
            return [Anonymous];
        var who = new List<string>();
        foreach (var (email, principal) in people)
        {
            if ((await authorization.AuthorizeAsync(principal, policy)).Succeeded)
                who.Add(email);
        }

        return who.Count > 0 ? [.. who] : [Anonymous];
    }
}
