using Cims.Web.Infrastructure.Startup;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Cims.Web.Infrastructure.Email;

/// <summary>A new MailKit SMTP client (a test can hand out another).</summary>
public delegate ISmtpClient SmtpClientFactory();

/// <summary>
/// Sends e-mail through MailKit's SMTP client, or writes it as an .eml file to the pickup folder when no SMTP host is
/// set (development and tests). In the training environment nothing leaves the server: the message is kept in the
/// <see cref="Training.TrainingMailbox"/> instead (docs/adr/0052). A failure is logged here in one line (host:port and why; never the recipient or the
/// body) and thrown as <see cref="EmailNotSentException"/>: each caller decides what its user sees.
/// </summary>
public sealed class EmailSender(
    IOptions<EmailOptions> email, IOptions<CimsOptions> cims, IWebHostEnvironment env, SmtpClientFactory smtp, TimeProvider time,
    Training.TrainingMailbox training, ILogger<EmailSender> logger)
{
    /// <summary>.eml files as a mail server would store them: CRLF line ends on every platform.</summary>
    private static readonly FormatOptions EmlFormat = new() { NewLineFormat = NewLineFormat.Dos };

    public string PickupPath => cims.Value.DataPath(env.ContentRootPath, email.Value.PickupFolder);

    /// <exception cref="EmailNotSentException">The message was not sent (already logged).</exception>
    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct)
    {
        if (training.Keeps)
        {
            await training.KeepAsync(to, subject, htmlBody, ct);
            logger.LogInformation("E-mail \"{Subject}\" kept in the training mailbox, not sent", subject);
            return;
        }

        using var message = Message(to, subject, htmlBody);
        var host = email.Value.SmtpHost;
        if (string.IsNullOrWhiteSpace(host))
            await WriteToPickupAsync(message, ct);
        else
            await SendBySmtpAsync(message, host, email.Value, ct);
        logger.LogInformation("E-mail \"{Subject}\" sent", subject);
    }

    private MimeMessage Message(string to, string subject, string htmlBody)
    {
        var message = new MimeMessage { Subject = subject, Date = time.GetUtcNow() };
        try
        {
            message.From.Add(MailboxAddress.Parse(email.Value.From));
            message.To.Add(MailboxAddress.Parse(to));
        }
        catch (ParseException ex)
        {
            message.Dispose();
            logger.LogError("E-mail \"{Subject}\" not sent: Email:From or the recipient is not a valid address", subject);
            throw new EmailNotSentException("Email:From or the recipient is not a valid address.", ex);
        }

        message.Body = new TextPart(TextFormat.Html) { Text = htmlBody, ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        return message;
    }

    private async Task SendBySmtpAsync(MimeMessage message, string host, EmailOptions settings, CancellationToken ct)
    {
        using var client = smtp();
        client.Timeout = settings.TimeoutSeconds * 1000;
        try
        {
            await client.ConnectAsync(host, settings.SmtpPort, settings.Security.ToSocketOptions(), ct);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var reason = SmtpFailure.Reason(ex, settings.TimeoutSeconds);
            logger.LogError("E-mail \"{Subject}\" not sent: SMTP server {Host}:{Port} {Reason}", message.Subject, host, settings.SmtpPort, reason);
            throw new EmailNotSentException($"SMTP server {host}:{settings.SmtpPort} {reason}", ex);
        }
    }

    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken ct)
    {
        var folder = PickupPath;
        try
        {
            Directory.CreateDirectory(folder);
            await message.WriteToAsync(EmlFormat, Path.Combine(folder, $"{Guid.NewGuid():N}.eml"), ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError("E-mail \"{Subject}\" not written to the pickup folder {Folder}: {Reason}", message.Subject, folder, ex.Message);
            throw new EmailNotSentException($"The pickup folder {folder} cannot be written: {ex.Message}", ex);
        }
    }
}
