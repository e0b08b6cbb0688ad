using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Account.Throttling;

/// <summary>
/// Verifies a password against a hash of nothing, at the configured PBKDF2 cost, so that a sign-in for an address with
/// no account (or an inactive one) takes as long as a wrong password for a real account.
/// </summary>
public sealed class DummyPasswordCheck(IOptions<PasswordHasherOptions> options)
{
    private readonly PasswordHasher<CimsUser> _hasher = new(options);
    private readonly Lazy<string> _hash = new(() => new PasswordHasher<CimsUser>(options).HashPassword(new CimsUser(), Guid.NewGuid().ToString()));

    public void Verify(string password) => _hasher.VerifyHashedPassword(new CimsUser(), _hash.Value, password);
}
