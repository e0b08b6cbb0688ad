using System.Net;
using Cims.Domain.Identity;
using Cims.Web.Data;
using Cims.Web.Features.Account;
using Cims.Web.Features.Account.Throttling;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Account;

/// <summary>
/// Attempt limits per account and per client address, and answers that say nothing about whether an account exists.
/// Each test comes from a client address of its own (<see cref="ThrottleApp.AddressHeader"/>), so the counts of one
/// test never reach another's. Timing is not measured (it would be flaky on a shared machine): an address with no
/// account is checked against a dummy hash in <see cref="PasswordSignIn"/> instead.
/// </summary>
public abstract class SignInThrottleTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : ThrottleApp
{
    [Fact]
    public async Task SignIn_UnknownEmailAndWrongPassword_SamePageAndSameLockout()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        var (knownClient, missingClient) = (Client(), Client());

        var known = new List<HttpResponseMessage>();
        var missing = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            known.Add(await PostLoginAsync(knownClient, user.Email!, "Wrong-Password-123!"));
            missing.Add(await PostLoginAsync(missingClient, unknown, "Wrong-Password-123!"));
        }

        Assert.Equal(await MainTextAsync(known[0], user.Email!), await MainTextAsync(missing[0], unknown));
        Assert.Contains(AccountController.SignInFailed, await MainTextAsync(missing[3], unknown));
        Assert.Equal("/Account/Lockout", known[4].Headers.Location!.OriginalString);
        Assert.Equal("/Account/Lockout", missing[4].Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_TooManyFailuresFromOneAddress_TooManyAttemptsPageWith429()
    {
        var client = Client();
        for (var i = 0; i < ThrottleApp.SignInPerAddress; i++)
            await PostLoginAsync(client, $"nobody-{Guid.NewGuid():N}@example.org", "Wrong-Password-123!");

        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var refused = await PostLoginAsync(client, user.Email!, CimsAppFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains($"{TooManyAttemptsModel.Message} 15 minutes.", await MainTextAsync(refused, user.Email!));
        Assert.Equal("900", refused.Headers.RetryAfter!.ToString());
        var otherAddress = await PostLoginAsync(Client(), user.Email!, CimsAppFactory.Password);
        Assert.Equal("/", otherAddress.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ForgotPassword_TooManyForOneEmail_SameTooManyAttemptsPageWhetherOrNotItExists()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        var client = Client();
        for (var i = 0; i < ThrottleApp.ResetPerAccount; i++)
        {
            Assert.Equal("/Password/ForgotConfirmation", (await PostForgotAsync(client, user.Email!)).Headers.Location!.OriginalString);
            Assert.Equal("/Password/ForgotConfirmation", (await PostForgotAsync(client, unknown)).Headers.Location!.OriginalString);
        }

        var known = await PostForgotAsync(client, user.Email!.ToUpperInvariant());
        var missing = await PostForgotAsync(client, unknown);

        Assert.Equal(HttpStatusCode.TooManyRequests, known.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, missing.StatusCode);
        Assert.Equal(await MainTextAsync(known, user.Email!), await MainTextAsync(missing, unknown));
        Assert.Equal(ThrottleApp.ResetPerAccount, MailBox.FilesFor(app.MailFolder, user.Email!).Count);
    }

    [Fact]
    public async Task TwoFactor_TooManyWrongCodes_TooManyAttemptsPage()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        await TwoFactorJourney.EnableAsync(await SignedInClientAsync(user.Email!));
        var client = await PasswordStepFromOwnAddressAsync(user.Email!);
        for (var i = 0; i < ThrottleApp.TwoFactorPerAccount; i++)
            Assert.Equal(HttpStatusCode.OK, (await TwoFactorJourney.PostCodeAsync(client, "000000")).StatusCode);

        var refused = await TwoFactorJourney.PostCodeAsync(client, "000000");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(TooManyAttemptsModel.Message, await MainTextAsync(refused, user.Email!));
    }

    private FormClient Client()
    {
        var client = FormClient.For(app);
        client.Http.DefaultRequestHeaders.Add(ThrottleApp.AddressHeader, $"10.9.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}");
        return client;
    }

    private async Task<FormClient> SignedInClientAsync(string email)
    {
        var client = Client();
        await client.SignInAsync(email);
        return client;
    }

    private async Task<FormClient> PasswordStepFromOwnAddressAsync(string email)
    {
        var client = Client();
        var response = await PostLoginAsync(client, email, CimsAppFactory.Password);
        Assert.StartsWith("/TwoFactor/LoginWith2fa", response.Headers.Location!.OriginalString);
        return client;
    }

    private static Task<HttpResponseMessage> PostLoginAsync(FormClient client, string email, string password) =>
        client.PostFormAsync("/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = password });

    private static Task<HttpResponseMessage> PostForgotAsync(FormClient client, string email) =>
        client.PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = email });

    /// <summary>The page's main text with the e-mail typed (echoed back in the form) taken out.</summary>
    private static async Task<string> MainTextAsync(HttpResponseMessage response, string email)
    {
        var page = await FormClient.ParseAsync(response);
        return page.QuerySelector("main")!.TextContent.Replace(email, "", StringComparison.OrdinalIgnoreCase).Trim();
    }
}

/// <summary>CIMS with small attempt limits, taking the client address from a test header.</summary>
public abstract class ThrottleApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    public const string AddressHeader = "X-Test-Client-Address";
    public const int SignInPerAddress = 6;
    public const int ResetPerAccount = 2;
    public const int TwoFactorPerAccount = 3;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Cims:SignInLimits:SignInPerAddress", $"{SignInPerAddress}"),
        new("Cims:SignInLimits:ResetPerAccount", $"{ResetPerAccount}"),
        new("Cims:SignInLimits:TwoFactorPerAccount", $"{TwoFactorPerAccount}"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class SqliteThrottleApp() : ThrottleApp(DatabaseProvider.Sqlite);

public sealed class PostgresThrottleApp() : ThrottleApp(DatabaseProvider.Postgres);

public sealed class SqliteSignInThrottleTests(SqliteThrottleApp app) : SignInThrottleTests<SqliteThrottleApp>(app);

public sealed class PostgresSignInThrottleTests(PostgresThrottleApp app) : SignInThrottleTests<PostgresThrottleApp>(app);
