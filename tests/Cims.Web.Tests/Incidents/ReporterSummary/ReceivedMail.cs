using Cims.Web.Tests.Email;
using MimeKit;

namespace Cims.Web.Tests.Incidents.ReporterSummary;

/// <summary>Messages the test SMTP listener received, picked by recipient and subject (several tests mail one person).</summary>
public static class ReceivedMail
{
    public static async Task<MimeMessage> WaitForAsync(SmtpListener smtp, string recipient, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = Directory.GetFiles(smtp.Folder, "*.eml").Select(f => MimeMessage.Load(f))
                .FirstOrDefault(m => m.Subject == subject && m.To.Mailboxes.Any(a => a.Address.Equals(recipient, StringComparison.OrdinalIgnoreCase)));
            if (found is not null)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"No message \"{subject}\" to {recipient} reached the SMTP listener.");
            await Task.Delay(50);
        }
    }

    public static int Count(SmtpListener smtp, string subject) =>
        Directory.GetFiles(smtp.Folder, "*.eml").Count(f => { using var m = MimeMessage.Load(f); return m.Subject == subject; });
}
