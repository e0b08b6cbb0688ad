using System.Text.Encodings.Web;
using Cims.Web.Infrastructure.Email;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Features.Account;

/// <summary>
/// E-mails a password reset link to an active account. Says nothing about whether the account exists: when the e-mail
/// cannot be sent, the failure is logged and the user sees the same confirmation.
/// </summary>
public sealed class SendPasswordReset(
    UserManager<CimsUser> users, PasswordResetLink links, EmailSender email, ILogger<SendPasswordReset> logger)
{
    public const string Subject = "Reset your CIMS password";

    public async Task SendAsync(string address, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(address.Trim());
        if (user is null || !user.IsActive)
        {
            logger.LogInformation("Password reset asked for an address with no active account");
            return;
        }

        var link = await links.CreateAsync(user);
        try
        {
            await email.SendAsync(user.Email!, Subject, Body(user.DisplayName, link), ct);
            logger.LogInformation("Password reset link sent to user {UserId}", user.Id);
        }
        catch (EmailNotSentException)
        {
            logger.LogWarning("Password reset link for user {UserId} not sent", user.Id);
        }
    }

    private static string Body(string name, string link)
    {
        var html = HtmlEncoder.Default;
        return $"""
            <p>Hello {html.Encode(name)},</p>
            <p>Someone asked to reset the password of your CIMS account. If it was you, use this link to choose a new password:</p>
            <p><a href="{html.Encode(link)}">Choose a new password</a></p>
            <p>The link works once, for 24 hours. If you did not ask for it, you can ignore this e-mail: your password has not changed.</p>
            <p>CIMS – Client Incident Management System</p>
            """;
    }
}
