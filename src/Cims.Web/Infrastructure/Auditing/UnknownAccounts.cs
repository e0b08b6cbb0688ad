using System.Security.Cryptography;
using System.Text;
using Cims.Web.Infrastructure.Secrets;

namespace Cims.Web.Infrastructure.Auditing;

/// <summary>
/// How a security event names an address typed at sign-in that is no account, never storing it: "A-" and ten
/// characters of an HMAC under a secret the application made for itself, the same for the same address (any case).
/// </summary>
public sealed class UnknownAccounts(SecretStore secrets)
{
    /// <summary>The record type of such an entry.</summary>
    public const string EntityType = "UnknownAccount";

    public async Task<string> KeyAsync(string email)
    {
        var secret = await secrets.GetAsync("security-events", CancellationToken.None);
        var hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant()));
        return "A-" + Convert.ToHexString(hash, 0, 5);
    }
}
