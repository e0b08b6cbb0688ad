using System.Text.Encodings.Web;
using Cims.Web.Infrastructure.Email;

namespace Cims.Web.Features.Admin.Onboarding;

/// <summary>
/// Tells the requester's contact what happened, with the status link when there is one. A message that cannot be sent is
/// logged and never undoes the step: the status page shows the same.
/// </summary>
public sealed class OnboardingMail(EmailSender email, ILogger<OnboardingMail> logger)
{
    public async Task<bool> TellAsync(string to, string reference, string sentence, string? statusUrl, CancellationToken ct)
    {
        var link = statusUrl is null ? "" : $"""<p>See your request, and answer the department there: <a href="{Encode(statusUrl)}">{Encode(statusUrl)}</a></p>""";
        var body = $"""
            <p>Hello,</p>
            <p>{Encode(sentence)}</p>
            {link}
            <p>Your reference is {Encode(reference)}.</p>
            """;
        try
        {
            await email.SendAsync(to, $"Your request to use CIMS ({reference})", body, ct);
            return true;
        }
        catch (EmailNotSentException)
        {
            logger.LogWarning("The message about onboarding request {Reference} could not be sent", reference);
            return false;
        }
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
