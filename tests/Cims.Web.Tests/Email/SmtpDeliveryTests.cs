using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Cims.Domain.Identity;
using Cims.Web.Infrastructure.Email;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cims.Web.Tests.Email;

/// <summary>E-mail through MailKit to a real SMTP server started by the tests.</summary>
public abstract partial class SmtpDeliveryTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : SmtpApp
{
    [Fact]
    public async Task SendAsync_AcceptingServer_DeliversRecipientSubjectBodyAndFrom()
    {
        var to = $"delivery-{Guid.NewGuid():N}@agency-one.example";
        using var scope = app.Services.CreateScope();

        await scope.ServiceProvider.GetRequiredService<EmailSender>().SendAsync(to, "Delivery check", "<p>Hello from CIMS – delivered.</p>", CancellationToken.None);

        using var message = await app.Smtp.WaitForAsync(to);
        Assert.Equal("Delivery check", message.Subject);
        Assert.Equal("cims-noreply@localhost", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(to, Assert.Single(message.To.Mailboxes).Address);
        Assert.Contains("Hello from CIMS – delivered.", message.HtmlBody);
        Assert.Equal(0, MailBox.Count(app.MailFolder));
    }

    [Fact]
    public async Task ForgotPassword_AcceptingServer_DeliversALinkThatOpensTheResetForm()
    {
        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        var client = FormClient.For(app);

        var response = await client.PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = user.Email! });

        Assert.Equal("/Password/ForgotConfirmation", response.Headers.Location!.OriginalString);
        using var message = await app.Smtp.WaitForAsync(user.Email!);
        Assert.Equal("Reset your CIMS password", message.Subject);
        var link = new Uri(WebUtility.HtmlDecode(Href().Match(message.HtmlBody ?? "").Groups[1].Value)).PathAndQuery;
        Assert.StartsWith($"/Password/Reset?userId={user.Id}&code=", link);
        var page = await client.GetPageAsync(link);
        Assert.NotNull(page.QuerySelector("form input[name=Password]"));
    }

    [Fact]
    public async Task SendAsync_ServerRefusesRecipient_ThrowsAndLogsStatusWithoutTheAddress()
    {
        using var refusing = SmtpListener.RefusingRecipients();
        const string to = "refused-person@agency-one.example";
        using var scope = app.Services.CreateScope();
        var sender = ActivatorUtilities.CreateInstance<EmailSender>(scope.ServiceProvider,
            Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = refusing.Port }));

        var failure = await Assert.ThrowsAsync<EmailNotSentException>(() => sender.SendAsync(to, "Refusal check", "<p>Body text 5521</p>", CancellationToken.None));

        Assert.Equal($"SMTP server 127.0.0.1:{refusing.Port} refused the recipient (550: 5.1.1 [address]: Recipient address rejected: User unknown)", failure.Message);
        var line = Assert.Single(app.Log.Events, e => CapturedLog.Source(e) == typeof(EmailSender).FullName
            && CapturedLog.Value(e, "Port") == refusing.Port.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Serilog.Events.LogEventLevel.Error, line.Level);
        Assert.Contains($"127.0.0.1:{refusing.Port} refused the recipient (550", CapturedLog.Line(line));
        Assert.DoesNotContain("refused-person", CapturedLog.Everything(line));
        Assert.DoesNotContain("5521", CapturedLog.Everything(line));
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}

public sealed class SqliteSmtpDeliveryTests(SqliteSmtpApp app) : SmtpDeliveryTests<SqliteSmtpApp>(app);

public sealed class PostgresSmtpDeliveryTests(PostgresSmtpApp app) : SmtpDeliveryTests<PostgresSmtpApp>(app);
