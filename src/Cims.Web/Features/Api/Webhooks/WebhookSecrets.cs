using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Cims.Web.Features.Api.Webhooks;

/// <summary>
/// Signing secrets: made at random ("whsec_" and 32 bytes in base64url), stored only encrypted with the Data Protection
/// keys under a purpose of their own, read back only to sign. A secret is never logged.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    public const string Purpose = "Cims.Api.Webhooks.SigningSecret";
    public const string Prefix = "whsec_";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>A new secret and its stored (encrypted) form.</summary>
    public (string Secret, string Protected) Make()
    {
        var secret = Prefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (secret, _protector.Protect(secret));
    }

    public string Reveal(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
