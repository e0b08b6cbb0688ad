using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Identity;

/// <summary>The "Cims:Invitations" section: how long the link of an invitation to choose a first password works.</summary>
public sealed class InvitationOptions
{
    public const string Section = "Cims:Invitations";

    /// <summary>Hours an invitation link works (a forgotten-password link keeps Identity's 24 hours).</summary>
    public int ValidHours { get; set; } = 72;
}

/// <summary>
/// The code in an invitation link. A user who has no password yet gets an invitation code, which works for
/// <see cref="InvitationOptions.ValidHours"/> and only while the account still has no password, so it is used once; a user
/// who has one (an invitation sent again after they chose it) gets an ordinary password-reset code.
/// </summary>
public sealed class InvitationTokens(UserManager<CimsUser> users, IOptions<InvitationOptions> options)
{
    public const string Provider = "CimsInvitation";

    public int ValidHours => options.Value.ValidHours;

    public async Task<string> CreateAsync(CimsUser user) =>
        await users.HasPasswordAsync(user)
            ? await users.GeneratePasswordResetTokenAsync(user)
            : await users.GenerateUserTokenAsync(user, Provider, UserManager<CimsUser>.ResetPasswordTokenPurpose);

    /// <summary>True when <paramref name="token"/> is a current invitation code of <paramref name="user"/>.</summary>
    public Task<bool> IsInvitationAsync(CimsUser user, string token) =>
        users.VerifyUserTokenAsync(user, Provider, UserManager<CimsUser>.ResetPasswordTokenPurpose, token);
}

/// <summary>
/// Makes and checks invitation codes: the time made (from <see cref="TimeProvider"/>, so tests can move it), the user, the
/// purpose and the security stamp, protected with the Data Protection keys every node shares. Checking fails when the code
/// is older than the setting, the stamp changed, or the user already has a password.
/// </summary>
public sealed class InvitationTokenProvider(IDataProtectionProvider protection, TimeProvider clock, IOptions<InvitationOptions> options)
    : IUserTwoFactorTokenProvider<CimsUser>
{
    private readonly IDataProtector _protector = protection.CreateProtector("Cims.InvitationTokens");

    public async Task<string> GenerateAsync(string purpose, UserManager<CimsUser> manager, CimsUser user)
    {
        using var stream = new MemoryStream();
        await using (var writer = new BinaryWriter(stream))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }

        return Convert.ToBase64String(_protector.Protect(stream.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<CimsUser> manager, CimsUser user)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(_protector.Unprotect(Convert.FromBase64String(token))));
            var made = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            return made.AddHours(options.Value.ValidHours) >= clock.GetUtcNow()
                && reader.ReadString() == await manager.GetUserIdAsync(user)
                && reader.ReadString() == purpose
                && reader.ReadString() == (await manager.GetSecurityStampAsync(user) ?? "")
                && !await manager.HasPasswordAsync(user);
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException or EndOfStreamException)
        {
            return false;
        }
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<CimsUser> manager, CimsUser user) => Task.FromResult(false);
}
