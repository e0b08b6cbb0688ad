using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Cims.Web.Data;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cims.Web.Tests.Admin.Onboarding;

/// <summary>CIMS with a clock the invitation-expiry tests move on; it starts at the real time, to the whole second.</summary>
public abstract class OnboardingApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteOnboardingApp() : OnboardingApp(DatabaseProvider.Sqlite);

public sealed class PostgresOnboardingApp() : OnboardingApp(DatabaseProvider.Postgres);

/// <summary>What the onboarding tests do: request access without an account, decide as the CIMS administrator, accept the invitation.</summary>
public static class OnboardingJourney
{
    public const string CimsAdmin = "admin@department.example";
    public const string NewPassword = "Harbour-Care-Admin-2026!";

    /// <summary>Valid ABNs no demo organisation uses, one per test so requests never clash.</summary>
    public static readonly string[] Abns = ["51 824 753 556", "33 051 775 556", "49 004 028 077", "88 000 014 675", "11 005 357 522", "53 004 085 616", "12 345 679 016", "12 345 679 048"];

    public static async Task<List<KeyValuePair<string, string>>> FieldsAsync(FormClient client, string abn, string name, string admin)
    {
        var page = await client.GetPageAsync("/Onboarding/Request");
        return
        [
            new("__RequestVerificationToken", FormClient.Token(page)),
            new("LegalName", name), new("Abn", abn),
            new("AreaIds", page.QuerySelector("input[name=AreaIds]")!.GetAttribute("value")!),
            new("ServiceTypeIds", page.QuerySelector("input[name=ServiceTypeIds]")!.GetAttribute("value")!),
            new("ContactName", "Pat Contact"), new("ContactEmail", Contact(admin)), new("ContactPhone", "0355501234"),
            new("AdministratorName", "Ari Admin"), new("AdministratorEmail", admin), new("Declaration", "true"),
        ];
    }

    public static Task<HttpResponseMessage> PostAsync(FormClient client, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.Http.PostAsync("/Onboarding/Request", new FormUrlEncodedContent(fields));

    /// <summary>Sends a request and returns the status page's address (reference and key) it redirects to.</summary>
    public static async Task<string> RequestAsync(OnboardingApp app, string abn, string name, string admin)
    {
        var client = FormClient.For(app);
        var response = await PostAsync(client, await FieldsAsync(client, abn, name, admin));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static Task<int> IdAsync(OnboardingApp app, string name) =>
        app.WithDbAsync(db => db.OnboardingRequests.Where(r => r.LegalName == name).Select(r => r.Id).SingleAsync());

    /// <summary>Posts one of the review page's forms with the version it carries.</summary>
    public static async Task<HttpResponseMessage> PressAsync(FormClient admin, int id, string action, params KeyValuePair<string, string>[] fields)
    {
        var page = await admin.GetPageAsync($"/OnboardingRequests/{id}");
        var version = page.QuerySelector($"form[action='/OnboardingRequests/{id}/{action}'] input[name=Version]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No {action} form on the review page.");
        return await admin.PostWithTokenAsync($"/OnboardingRequests/{id}/{action}", FormClient.Token(page), [new("Version", version), .. fields]);
    }

    /// <summary>Chooses the password on an invitation link; returns where the post went.</summary>
    public static async Task<HttpResponseMessage> AcceptAsync(CimsAppFactory app, string link, string password = NewPassword)
    {
        var client = FormClient.For(app);
        var page = await client.GetPageAsync(link);
        return await client.PostWithTokenAsync("/Password/Reset", FormClient.Token(page),
        [
            new("UserId", page.QuerySelector("#UserId")!.GetAttribute("value")!), new("Code", page.QuerySelector("#Code")!.GetAttribute("value")!),
            new("Password", password), new("ConfirmPassword", password),
        ]);
    }

    public static async Task<string> HeadingAsync(CimsAppFactory app, string link) =>
        (await FormClient.For(app).GetPageAsync(link)).QuerySelector("h1")!.TextContent.Trim();

    public static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    /// <summary>The contact's address of a request naming <paramref name="admin"/> (no address contains another: the mail box matches by substring).</summary>
    public static string Contact(string admin) => admin.Split('@')[0] + "-contact@requests.example";

    public static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Link(CimsAppFactory app, string to) => MailBox.LatestLinkFor(app.MailFolder, to);
}
