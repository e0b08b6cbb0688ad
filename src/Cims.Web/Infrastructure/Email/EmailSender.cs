using System.Net.Mail;
using Cims.Web.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Email;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "cims-noreply@localhost";

    /// <summary>SMTP host; when empty, messages are written as .eml files to the pickup folder.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary>Pickup folder, relative to the data folder, used when no SMTP host is set.</summary>
    public string PickupFolder { get; set; } = "mail";
}

/// <summary>Sends e-mail by SMTP, or writes it to the pickup folder (development and tests).</summary>
public sealed class EmailSender(IOptions<EmailOptions> email, IOptions<CimsOptions> cims, IWebHostEnvironment env, ILogger<EmailSender> logger)
{
    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct)
    {
        using var message = new MailMessage(email.Value.From, to, subject, htmlBody) { IsBodyHtml = true };
        using var client = CreateClient();
        await client.SendMailAsync(message, ct);
        logger.LogInformation("E-mail \"{Subject}\" sent", subject);
    }

    public string PickupPath => cims.Value.DataPath(env.ContentRootPath, email.Value.PickupFolder);

    private SmtpClient CreateClient()
    {
        if (!string.IsNullOrWhiteSpace(email.Value.SmtpHost))
            return new SmtpClient(email.Value.SmtpHost, email.Value.SmtpPort) { EnableSsl = email.Value.SmtpPort != 25 };
        Directory.CreateDirectory(PickupPath);
        return new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = PickupPath,
        };
    }
}
