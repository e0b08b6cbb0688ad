using System.Diagnostics;
using System.Globalization;
using System.Net;
using Cims.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// Sends <c>inputs</c> seeded hostile requests, spread over every changing route in turn, and judges each answer
/// (<see cref="FuzzOracle"/>). Input i draws from its own seed, so a failure names the seed, the input, the route and
/// what was sent.
/// </summary>
public sealed class Fuzzer(FuzzApp app, int seed)
{
    public async Task<FuzzReport> RunAsync(int inputs)
    {
        var routes = FuzzRoutes.Discover(app.Services);
        var eligible = await FuzzAccounts.ForAsync(app.Services, routes);
        var clients = new FuzzClients(app, await FuzzClients.IdsAsync(app));
        var order = routes.Where(r => eligible[r].Length > 0).OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(order);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var state = new FuzzState(db);
        var (findings, statuses, covered, reached) = (new List<string>(), new Dictionary<int, int>(), new HashSet<FuzzRoute>(), new HashSet<FuzzRoute>());
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < inputs; i++)
        {
            var route = order[i % order.Length];
            var h = new Hostile(new Random(unchecked((seed * 100_003) + i)), clients.Ids);
            var account = h.Pick(eligible[route]);
            var (http, token) = await clients.ForAsync(account);
            var input = FuzzInputs.Build(h, route, account, token, clients.IdempotencyKey(h));
            var (before, errors) = (await state.ReadAsync(db), app.ErrorsLogged);
            using var request = input.Request;
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var changes = FuzzState.Changes(before, await state.ReadAsync(db));
            var code = (int)response.StatusCode;
            statuses[code] = statuses.GetValueOrDefault(code) + 1;
            covered.Add(route);
            if (Reached(response))
                reached.Add(route);
            foreach (var problem in FuzzOracle.Judge(input, response.StatusCode, response.Content.Headers.ContentType?.ToString(), body, app.ErrorsLogged - errors, changes))
                findings.Add(Finding(i, input, code, problem));
            if (SignedOut(response, route))
                clients.Forget(account);
        }

        return new FuzzReport(seed, inputs, routes.Count, covered.Count, reached.Count, clock.Elapsed, statuses, findings);
    }

    private string Finding(int i, FuzzInput input, int code, string problem) => string.Create(CultureInfo.InvariantCulture,
        $"seed {seed}, input {i}: {input.Route.Name} as {(input.Account.Length > 0 ? input.Account : "anonymous")} answered {code}: {problem}\n      {input.Request.Method} {input.Url} {input.Shown}");

    private static bool Reached(HttpResponseMessage response) =>
        response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        && !IsSignIn(response);

    /// <summary>The input ended the session (sign-out, a changed password): the next input for this account signs in again.</summary>
    private static bool SignedOut(HttpResponseMessage response, FuzzRoute route) =>
        IsSignIn(response) || route.Name.Contains("Logout", StringComparison.Ordinal);

    private static bool IsSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/Account/Login", StringComparison.Ordinal) == true;
}
