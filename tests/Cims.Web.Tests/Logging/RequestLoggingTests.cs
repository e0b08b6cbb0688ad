using System.Net;
using System.Text.RegularExpressions;
using Cims.Web.Features.Account;
using Cims.Web.Infrastructure.Logging;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Serilog.Events;

namespace Cims.Web.Tests.Logging;

/// <summary>What Serilog's request logging writes, read from a sink in the app's own logger.</summary>
public abstract partial class RequestLoggingTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : LoggedApp
{
    private const string Completion = "Serilog.AspNetCore.RequestLoggingMiddleware";

    [Fact]
    public async Task Request_LogsSeveralLines_EveryLineCarriesTheCorrelationIdOfTheResponseHeader()
    {
        var response = await FormClient.For(app).PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = "nobody-logged@example.org" });

        var correlationId = CorrelationId(response);
        var lines = app.Log.For(correlationId);
        Assert.Contains(lines, e => CapturedLog.Source(e) == typeof(SendPasswordReset).FullName);
        Assert.Contains(lines, e => CapturedLog.Source(e) == Completion && CapturedLog.Value(e, "RequestMethod") == "POST");
    }

    [Fact]
    public async Task Request_ProxySendsCorrelationId_ResponseAndCompletionLineUseIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add(CorrelationIdMiddleware.Header, "proxy-4f2a_77");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal("proxy-4f2a_77", CorrelationId(response));
        Assert.Single(app.Log.For("proxy-4f2a_77"), e => CapturedLog.Source(e) == Completion);
    }

    [Fact]
    public async Task Request_SignedInUser_CompletionLineHasMethodPathStatusElapsedUserAndOrganisation()
    {
        const string email = "reporter@agency-one.example";
        var client = await FormClient.SignedInAsync(app, email);
        var user = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.OrganisationId }).SingleAsync());

        var response = await client.Http.GetAsync("/Incidents/Drafts");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(app.Log.For(CorrelationId(response)), e => CapturedLog.Source(e) == Completion);
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal("GET", CapturedLog.Value(line, "RequestMethod"));
        Assert.Equal("/Incidents/Drafts", CapturedLog.Value(line, "RequestPath"));
        Assert.Equal("200", CapturedLog.Value(line, "StatusCode"));
        Assert.True(double.Parse(CapturedLog.Value(line, "Elapsed")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(user.Id, CapturedLog.Value(line, "UserId"));
        Assert.Equal(user.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture), CapturedLog.Value(line, "OrganisationId"));
        Assert.StartsWith("HTTP GET /Incidents/Drafts responded 200 in ", CapturedLog.Line(line));
        var from = CapturedLog.Value(line, "ClientAddress"); // the test server's connection address, or "-" without one
        Assert.EndsWith($" ms (user {user.Id}, organisation {user.OrganisationId}, from {from})", CapturedLog.Line(line));
    }

    [Fact]
    public async Task Request_EmailInQueryStringAndPostedFormValues_NeverLogged()
    {
        var admin = await FormClient.SignedInAsync(app, "admin@department.example");
        var search = await admin.Http.GetAsync("/Users?search=someone@example.com");
        var forgot = await FormClient.For(app).PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = "form-person@example.net" });
        var login = await FormClient.For(app).PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["Email"] = "login-person@example.net", ["Password"] = "Typed-Secret-Value-9!" });
        // The posts reached their actions (not stopped before them, where nothing would be logged): confirmation and refusal.
        Assert.Equal("/Password/ForgotConfirmation", forgot.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        var searchLine = Assert.Single(app.Log.For(CorrelationId(search)), e => CapturedLog.Source(e) == Completion);
        Assert.Equal("/Users", CapturedLog.Value(searchLine, "RequestPath"));
        var everything = string.Join("\n", app.Log.Events.Select(CapturedLog.Everything));
        Assert.DoesNotContain("search=", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("example.com", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Typed-Secret-Value", everything, StringComparison.Ordinal);
        Assert.Empty(EmailAddress().Matches(everything));
    }

    private static string CorrelationId(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues(CorrelationIdMiddleware.Header));

    [GeneratedRegex(@"[\w.+-]+(@|%40)[\w-]+\.[\w.-]+")]
    private static partial Regex EmailAddress();
}

public sealed class SqliteRequestLoggingTests(SqliteLoggedApp app) : RequestLoggingTests<SqliteLoggedApp>(app);

public sealed class PostgresRequestLoggingTests(PostgresLoggedApp app) : RequestLoggingTests<PostgresLoggedApp>(app);
