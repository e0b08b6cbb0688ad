using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Api;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// The fuzzer's clients: one browser-like client per demo account (signed in, with its antiforgery token), one without
/// an account, and Agency One's API client system. Also makes the records whose ids the inputs use.
/// </summary>
public sealed class FuzzClients(FuzzApp app, FuzzIds ids)
{
    private readonly Dictionary<string, (HttpClient Http, string? Token)> _clients = [];
    private ApiVendor? _api;
    private string? _lastKey;

    public FuzzIds Ids => ids;

    /// <summary>An incident of Agency One (the fuzzing accounts' own) and of Agency Two, and Agency Two's users and organisation.</summary>
    public static async Task<FuzzIds> IdsAsync(FuzzApp app)
    {
        var own = await IncidentAsync(app, DemoAccounts.AgencyOne);
        var other = await IncidentAsync(app, DemoAccounts.AgencyTwo);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>();
        var others = new List<string> { other };
        foreach (var account in DemoAccounts.All.Where(a => a.Organisation == DemoAccounts.AgencyTwo))
            others.Add((await users.FindByEmailAsync(account.Email))!.Id);
        return new FuzzIds([own], others);
    }

    public async Task<(HttpClient Http, string? Token)> ForAsync(string account)
    {
        if (_clients.TryGetValue(account, out var known))
            return known;
        if (account == FuzzAccounts.Api)
        {
            _api ??= await (await ApiVendor.RegisterAsync(app, DemoAccounts.AgencyOne)).SignInAsync();
            return _clients[account] = (_api.Http, null);
        }

        var client = FormClient.For(app);
        if (account != FuzzAccounts.Anonymous)
            await client.SignInAsync(account);
        var token = FormClient.Token(await client.GetPageAsync(account == FuzzAccounts.Anonymous ? "/Account/Login" : "/"));
        return _clients[account] = (client.Http, token);
    }

    public void Forget(string account) => _clients.Remove(account);

    /// <summary>A new Idempotency-Key, or now and then the last one again (with another body: 409 expected).</summary>
    public string IdempotencyKey(Hostile h) => _lastKey = _lastKey is not null && h.Chance(8) ? _lastKey : Guid.NewGuid().ToString();

    private static async Task<string> IncidentAsync(FuzzApp app, string organisation)
    {
        var vendor = await (await ApiVendor.RegisterAsync(app, organisation)).SignInAsync();
        var response = await vendor.PostIncidentAsync(ApiVendor.Report(await vendor.ReferenceAsync()));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
