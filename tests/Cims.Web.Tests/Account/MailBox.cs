using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Cims.Web.Tests.Account;

/// <summary>Reads the .eml files the app wrote to its pickup folder.</summary>
public static partial class MailBox
{
    public static IReadOnlyList<string> FilesFor(string folder, string recipient) =>
        !Directory.Exists(folder)
            ? []
            : [.. new DirectoryInfo(folder).GetFiles("*.eml").OrderBy(f => f.LastWriteTimeUtc)
                .Select(f => File.ReadAllText(f.FullName))
                .Where(m => Headers(m).Contains(recipient, StringComparison.OrdinalIgnoreCase))];

    public static int Count(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Length : 0;

    /// <summary>The decoded body of the newest message to <paramref name="recipient"/>.</summary>
    public static string LatestBodyFor(string folder, string recipient)
    {
        var message = FilesFor(folder, recipient).LastOrDefault()
            ?? throw new InvalidOperationException($"No e-mail to {recipient} in {folder}.");
        return Body(message);
    }

    /// <summary>The path and query of the first link in the newest message to <paramref name="recipient"/>.</summary>
    public static string LatestLinkFor(string folder, string recipient)
    {
        var href = HrefPattern().Match(LatestBodyFor(folder, recipient)).Groups[1].Value;
        return new Uri(WebUtility.HtmlDecode(href)).PathAndQuery;
    }

    public static string Body(string message)
    {
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = message[..split];
        var body = message[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
            return Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal).Trim()));
        if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
            return DecodeQuotedPrintable(body);
        return body;
    }

    private static string Headers(string message) => message[..Math.Max(0, message.IndexOf("\r\n\r\n", StringComparison.Ordinal))];

    private static string DecodeQuotedPrintable(string text)
    {
        var joined = text.Replace("=\r\n", "", StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && Uri.IsHexDigit(joined[i + 1]) && Uri.IsHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();
}
