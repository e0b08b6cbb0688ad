using System.Security.Cryptography;
using Cims.Web.Infrastructure.Secrets;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// The keys that sign and encrypt the API's access tokens, kept by the <see cref="SecretStore"/>: made the first time
/// (an ECDSA P-256 key pair that signs, a 256-bit key that encrypts) and stored in the database under the Data
/// Protection keys, so every node issues and accepts the same tokens and a restart keeps them.
/// </summary>
public sealed class ApiTokenKeys(SecretStore secrets) : IConfigureOptions<OpenIddictServerOptions>
{
    public const string SigningSecret = "Api.TokenSigning";
    public const string EncryptionSecret = "Api.TokenEncryption";

    public void Configure(OpenIddictServerOptions options)
    {
        // Options are built once, on the first token request or API call, after start-up has migrated the database.
        var signing = ECDsa.Create();
        signing.ImportPkcs8PrivateKey(Load(SigningSecret, NewSigningKey), out _);
        var encryption = new SymmetricSecurityKey(Load(EncryptionSecret, () => RandomNumberGenerator.GetBytes(32)));
        options.SigningCredentials.Add(new SigningCredentials(new ECDsaSecurityKey(signing) { KeyId = SigningSecret }, SecurityAlgorithms.EcdsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private byte[] Load(string name, Func<byte[]> make) => secrets.GetAsync(name, make, CancellationToken.None).GetAwaiter().GetResult();

    private static byte[] NewSigningKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKey();
    }
}
