using System.Text;
using System.Text.Encodings.Web;
using Cims.Domain.Common;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Email;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Cims.Web.Features.Admin.Users;

/// <summary>Builds the link to the password page for a user id and reset code.</summary>
public delegate string InvitationLink(string userId, string code);

/// <summary>E-mails a new user a link to choose their password, and records that it was sent (never the link).</summary>
public sealed class SendInvitation(InvitationTokens tokens, EmailSender email, AuditLog audit, CimsDbContext db, ILogger<SendInvitation> logger)
{
    public async Task<Result> RunAsync(CimsUser user, InvitationLink link, CancellationToken ct)
    {
        var token = await tokens.CreateAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        try
        {
            await email.SendAsync(user.Email!, "Your CIMS account", Body(link(user.Id, code), tokens.ValidHours), ct);
        }
        catch (EmailNotSentException)
        {
            logger.LogWarning("The invitation to user {UserId} could not be sent", user.Id);
            return UserErrors.InvitationNotSent;
        }

        audit.Record("user.invitation_sent", UserErrors.EntityType, user.Id, $"Invitation e-mailed to {user.Email}.");
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    private static string Body(string url, int hours)
    {
        var href = HtmlEncoder.Default.Encode(url);
        return $"""
            <p>Hello,</p>
            <p>An account has been set up for you in CIMS, the Client Incident Management System.</p>
            <p>To start, choose your password: <a href="{href}">{href}</a></p>
            <p>The link works once, for {hours} hours. If it has expired, ask your administrator to send a new invitation.</p>
            <p>If you were not expecting this e-mail, you can ignore it.</p>
            """;
    }
}
