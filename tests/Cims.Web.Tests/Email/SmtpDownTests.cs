using System.Globalization;
using System.Net;
using Cims.Domain.Identity;
using Cims.Web.Features.Account;
using Cims.Web.Infrastructure.Email;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Admin;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Logging;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace Cims.Web.Tests.Email;

/// <summary>The SMTP server is down: one clear log line, and each caller keeps its promise to its user.</summary>
public abstract class SmtpDownTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SmtpDownApp
{
    [Fact]
    public async Task SendAsync_NothingListening_ThrowsAndLogsHostPortAndReasonWithoutRecipientOrBody()
    {
        const string to = "unreached-person@agency-one.example";
        using var scope = app.Services.CreateScope();

        var failure = await Assert.ThrowsAsync<EmailNotSentException>(() =>
            scope.ServiceProvider.GetRequiredService<EmailSender>().SendAsync(to, "Down check", "<p>Body text 7731</p>", CancellationToken.None));

        Assert.Equal($"SMTP server 127.0.0.1:{app.Port} could not be reached (ConnectionRefused)", failure.Message);
        var line = Assert.Single(SenderErrors(), e => CapturedLog.Value(e, "Subject") == "Down check");
        Assert.Equal($"E-mail \"Down check\" not sent: SMTP server 127.0.0.1:{app.Port} could not be reached (ConnectionRefused)", CapturedLog.Line(line));
        Assert.Null(line.Exception);
        Assert.DoesNotContain("unreached-person", CapturedLog.Everything(line));
        Assert.DoesNotContain("7731", CapturedLog.Everything(line));
    }

    [Fact]
    public async Task ForgotPassword_NothingListening_ShowsTheSameConfirmationAndLogsIt()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);

        var response = await FormClient.For(app).PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = user.Email! });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Password/ForgotConfirmation", response.Headers.Location!.OriginalString);
        Assert.Single(SenderErrors(), e => CapturedLog.Value(e, "Subject") == SendPasswordReset.Subject);
        Assert.Single(app.Log.Events, e => CapturedLog.Source(e) == typeof(SendPasswordReset).FullName
            && e.Level == LogEventLevel.Warning && CapturedLog.Value(e, "UserId") == user.Id);
    }

    [Fact]
    public async Task InviteUser_NothingListening_CreatesTheUserAndSaysTheInvitationWasNotSent()
    {
        var admin = await FormClient.SignedInAsync(app, "admin@department.example");
        var email = $"invitee-{Guid.NewGuid():N}@agency-one.example";
        var organisation = await AdminTestData.AgencyOneAsync(app);

        var id = await AdminTestData.CreateUserAsync(app, admin, email, organisation, Roles.Reporter);

        var details = await admin.GetPageAsync($"/Users/Details/{id}");
        Assert.Contains("The invitation e-mail could not be sent", details.QuerySelector("main")!.TextContent);
        Assert.Single(SenderErrors(), e => CapturedLog.Value(e, "Subject") == "Your CIMS account");
    }

    private IEnumerable<LogEvent> SenderErrors() =>
        app.Log.Events.Where(e => CapturedLog.Source(e) == typeof(EmailSender).FullName && e.Level == LogEventLevel.Error
            && CapturedLog.Value(e, "Port") == app.Port.ToString(CultureInfo.InvariantCulture));
}

public sealed class SqliteSmtpDownTests(SqliteSmtpDownApp app) : SmtpDownTests<SqliteSmtpDownApp>(app);

public sealed class PostgresSmtpDownTests(PostgresSmtpDownApp app) : SmtpDownTests<PostgresSmtpDownApp>(app);
