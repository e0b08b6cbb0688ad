using Cims.Web.Infrastructure.Email;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Moq;

namespace Cims.Web.Tests.Email;

/// <summary>
/// The TLS and sign-in settings reach MailKit's SMTP client. A mocked client stands in for the server: an SMTP server
/// with a certificate this machine trusts (TLS on connect, STARTTLS) cannot run here.
/// </summary>
public sealed class SmtpSettingsTests(SqliteSmtpApp app) : IClassFixture<SqliteSmtpApp>
{
    [Theory]
    [InlineData(EmailSecurity.Auto, SecureSocketOptions.Auto)]
    [InlineData(EmailSecurity.None, SecureSocketOptions.None)]
    [InlineData(EmailSecurity.StartTls, SecureSocketOptions.StartTls)]
    [InlineData(EmailSecurity.SslOnConnect, SecureSocketOptions.SslOnConnect)]
    public async Task SendAsync_SecuritySetting_ConnectsWithTheMatchingSocketOption(EmailSecurity security, SecureSocketOptions expected)
    {
        var client = new Mock<ISmtpClient>();

        await SendAsync(client, new EmailOptions { SmtpHost = "smtp.department.example", SmtpPort = 587, Security = security });

        client.Verify(c => c.ConnectAsync("smtp.department.example", 587, expected, It.IsAny<CancellationToken>()));
        client.Verify(c => c.AuthenticateAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        client.Verify(c => c.SendAsync(It.Is<MimeMessage>(m => m.Subject == "Settings check"), It.IsAny<CancellationToken>(), It.IsAny<ITransferProgress>()));
        client.Verify(c => c.DisconnectAsync(true, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task SendAsync_UserNameAndTimeoutSet_AuthenticatesBeforeSendingAndSetsTheTimeout()
    {
        var client = new Mock<ISmtpClient>(MockBehavior.Loose);
        var calls = new List<string>();
        client.Setup(c => c.AuthenticateAsync("cims-mailer", "app-password", It.IsAny<CancellationToken>())).Callback(() => calls.Add("auth")).Returns(Task.CompletedTask);
        client.Setup(c => c.SendAsync(It.IsAny<MimeMessage>(), It.IsAny<CancellationToken>(), It.IsAny<ITransferProgress>())).Callback(() => calls.Add("send")).ReturnsAsync("250 OK");

        await SendAsync(client, new EmailOptions
        {
            SmtpHost = "smtp.department.example",
            SmtpPort = 465,
            Security = EmailSecurity.SslOnConnect,
            UserName = "cims-mailer",
            Password = "app-password",
            TimeoutSeconds = 20,
        });

        client.VerifySet(c => c.Timeout = 20_000);
        client.Verify(c => c.ConnectAsync("smtp.department.example", 465, SecureSocketOptions.SslOnConnect, It.IsAny<CancellationToken>()));
        Assert.Equal(["auth", "send"], calls);
    }

    private async Task SendAsync(Mock<ISmtpClient> client, EmailOptions settings)
    {
        using var scope = app.Services.CreateScope();
        var sender = ActivatorUtilities.CreateInstance<EmailSender>(scope.ServiceProvider, Options.Create(settings), (SmtpClientFactory)(() => client.Object));
        await sender.SendAsync("someone@agency-one.example", "Settings check", "<p>Hello</p>", CancellationToken.None);
    }
}
