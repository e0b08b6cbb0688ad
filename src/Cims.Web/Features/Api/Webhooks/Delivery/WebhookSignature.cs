using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cims.Web.Features.Api.Webhooks.Delivery;

/// <summary>
/// <c>Cims-Signature: v1=&lt;hex&gt;</c>: the lowercase hex HMAC-SHA256 of "{timestamp}.{body}" keyed with the secret's
/// UTF-8 bytes, one <c>v1=</c> for each secret that signs (two while a rolled secret overlaps), comma separated.
/// </summary>
public static class WebhookSignature
{
    public static string Sign(string secret, long timestamp, string body)
    {
        var payload = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    public static string Header(IEnumerable<string> secrets, long timestamp, string body) =>
        string.Join(", ", secrets.Select(s => "v1=" + Sign(s, timestamp, body)));
}
