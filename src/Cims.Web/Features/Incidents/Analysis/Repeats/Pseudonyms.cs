using System.Security.Cryptography;
using System.Text;
using Cims.Web.Infrastructure.Secrets;

namespace Cims.Web.Features.Incidents.Analysis.Repeats;

/// <summary>
/// The pseudonymous key of a person: "C-" (client) or "S-" (subject) and eight characters of an HMAC of how they were
/// matched, under a secret the application made for itself. The same person has the same key on every page, node and
/// day; no one can work out the key of a name without the secret.
/// </summary>
public sealed class Pseudonyms(SecretStore secrets)
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<Func<RepeatPerson, string, string>> ForAsync(CancellationToken ct)
    {
        var secret = await secrets.GetAsync("analysis-pseudonyms", ct);
        return (person, match) =>
        {
            var hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{person}|{match}"));
            var key = new StringBuilder(person == RepeatPerson.Clients ? "C-" : "S-");
            foreach (var b in hash.AsSpan(0, 8))
                key.Append(Alphabet[b % Alphabet.Length]);
            return key.ToString();
        };
    }
}
