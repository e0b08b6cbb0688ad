using System.Text;
using QRCoder;

namespace Cims.Web.Features.Account.Manage;

/// <summary>The shared key for an authenticator app: typed by hand, or scanned as a QR code.</summary>
public sealed record AuthenticatorKey(string FormattedKey, string Uri, string QrCodeDataUri)
{
    public static AuthenticatorKey For(string email, string key)
    {
        var uri = $"otpauth://totp/CIMS:{System.Uri.EscapeDataString(email)}?secret={key}&issuer=CIMS&digits=6";
        var png = PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.M, 5);
        return new AuthenticatorKey(Format(key), uri, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    /// <summary>"abcd efgh ijkl …": lower case in groups of 4, easier to read and type.</summary>
    public static string Format(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
                result.Append(' ');
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return result.ToString().ToLowerInvariant();
    }
}
