using MailKit.Security;

namespace Cims.Web.Infrastructure.Email;

/// <summary>The "Email" configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "cims-noreply@localhost";

    /// <summary>SMTP host; when empty, messages are written as .eml files to the pickup folder.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary>How the connection is secured; Auto: TLS on connect for port 465, otherwise STARTTLS when the server offers it.</summary>
    public EmailSecurity Security { get; set; } = EmailSecurity.Auto;

    /// <summary>When set, CIMS authenticates to the SMTP server with this user name and <see cref="Password"/>.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long to wait for the SMTP server at each step (connect, each command).</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Pickup folder, relative to the data folder, used when no SMTP host is set.</summary>
    public string PickupFolder { get; set; } = "mail";
}

public enum EmailSecurity
{
    /// <summary>TLS on connect for port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,

    /// <summary>No TLS (a relay on the same host or network only).</summary>
    None,

    /// <summary>STARTTLS, required: the message is not sent if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}

public static class EmailSecurityExtensions
{
    public static SecureSocketOptions ToSocketOptions(this EmailSecurity security) => security switch
    {
        EmailSecurity.None => SecureSocketOptions.None,
        EmailSecurity.StartTls => SecureSocketOptions.StartTls,
        EmailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
