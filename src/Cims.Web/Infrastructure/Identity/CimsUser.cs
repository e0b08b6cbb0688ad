using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Infrastructure.Identity;

/// <summary>A person who signs in to CIMS. Every user belongs to exactly one organisation.</summary>
public sealed class CimsUser : IdentityUser
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = "";

    public int OrganisationId { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the user last signed in (UTC): set by each successful sign-in, null until the first.</summary>
    public DateTimeOffset? LastSignInAt { get; set; }
}
