using System.Net.Sockets;
using System.Text.RegularExpressions;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Cims.Web.Infrastructure.Email;

/// <summary>Says in a few words why an SMTP delivery failed, with any e-mail address the server quoted taken out.</summary>
public static partial class SmtpFailure
{
    public static string Reason(Exception ex, int timeoutSeconds) => ex switch
    {
        SocketException socket => $"could not be reached ({socket.SocketErrorCode})",
        IOException { InnerException: SocketException socket } => $"dropped the connection ({socket.SocketErrorCode})",
        TimeoutException or OperationCanceledException => $"did not answer within {timeoutSeconds} s",
        SmtpCommandException command => $"refused the {Refused(command.ErrorCode)} ({(int)command.StatusCode}: {WithoutAddresses(command.Message)})",
        AuthenticationException => "refused the user name or password (Email:UserName, Email:Password)",
        SslHandshakeException => "failed the TLS handshake (check Email:Security and the server's certificate)",
        _ => $"failed: {WithoutAddresses(ex.Message)}",
    };

    private static string Refused(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.RecipientNotAccepted => "recipient",
        SmtpErrorCode.SenderNotAccepted => "sender (Email:From)",
        SmtpErrorCode.MessageNotAccepted => "message",
        _ => "command",
    };

    public static string WithoutAddresses(string text) => Address().Replace(text, "[address]").Trim();

    [GeneratedRegex(@"<?[^\s<>@]+@[^\s<>@]+>?")]
    private static partial Regex Address();
}
