namespace Cims.Web.Infrastructure.Email;

/// <summary>
/// The message could not be handed to the SMTP server or written to the pickup folder. <see cref="EmailSender"/> has
/// already logged why (host and port, the reason; never the recipient or the body); the caller decides what the user
/// sees. The message text is safe to log.
/// </summary>
public sealed class EmailNotSentException(string message, Exception inner) : Exception(message, inner);
