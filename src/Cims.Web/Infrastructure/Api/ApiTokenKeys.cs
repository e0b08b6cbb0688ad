using System.Security.Cryptography;
using Cims.Web.Infrastructure.Secrets;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// The keys that sign and encrypt the API's access tokens, kept by the <see cref="SecretStore"/>: made the first time
/// (an ECDSA P-256 key pair that signs, a 256-bit key that encrypts) and stored in the database under the Data
/// Protection keys, so every node issues and accepts the same tokens and a restart keeps them. Read at start-up, after
/// the database is migrated, so a database that cannot be read stops start-up rather than the first request.
/// </summary>
public sealed class ApiTokenKeys(SecretStore secrets) : IConfigureOptions<OpenIddictServerOptions>, IHostedService
{
    public const string SigningSecret = "Api.TokenSigning";
    public const string EncryptionSecret = "Api.TokenEncryption";

    private Keys? _keys;

    public async Task StartAsync(CancellationToken cancellationToken) => _keys = await LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Configure(OpenIddictServerOptions options)
    {
        // Started hosts have the keys; a host that runs no hosted services (a command-line verb) reads them now.
        var keys = _keys ?? LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        options.SigningCredentials.Add(new SigningCredentials(keys.Signing, SecurityAlgorithms.EcdsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(keys.Encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private async Task<Keys> LoadAsync(CancellationToken ct)
    {
        var signing = ECDsa.Create();
        signing.ImportPkcs8PrivateKey(await secrets.GetAsync(SigningSecret, NewSigningKey, ct), out _);
        var encryption = await secrets.GetAsync(EncryptionSecret, () => RandomNumberGenerator.GetBytes(32), ct);
        return new Keys(new ECDsaSecurityKey(signing) { KeyId = SigningSecret }, new SymmetricSecurityKey(encryption));
    }

    private static byte[] NewSigningKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKey();
    }

    private sealed record Keys(ECDsaSecurityKey Signing, SymmetricSecurityKey Encryption);
}
