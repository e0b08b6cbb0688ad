using Cims.Web.Infrastructure.Secrets;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// The keys that sign and encrypt the API's access tokens: two 256-bit secrets of the <see cref="SecretStore"/>, made
/// the first time and kept in the database under the Data Protection keys, so every node issues and accepts the same
/// tokens and a restart keeps them. The tokens never leave CIMS's own validation, so symmetric keys are enough.
/// </summary>
public sealed class ApiTokenKeys(SecretStore secrets) : IConfigureOptions<OpenIddictServerOptions>
{
    public const string SigningSecret = "Api.TokenSigning";
    public const string EncryptionSecret = "Api.TokenEncryption";

    public void Configure(OpenIddictServerOptions options)
    {
        // Options are built once, on the first API request, after start-up has migrated the database.
        var signing = new SymmetricSecurityKey(secrets.GetAsync(SigningSecret, CancellationToken.None).GetAwaiter().GetResult());
        var encryption = new SymmetricSecurityKey(secrets.GetAsync(EncryptionSecret, CancellationToken.None).GetAwaiter().GetResult());
        options.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.HmacSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
