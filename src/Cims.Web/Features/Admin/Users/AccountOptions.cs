namespace Cims.Web.Features.Admin.Users;

/// <summary>The "Cims:Accounts" settings.</summary>
public sealed class AccountOptions
{
    /// <summary>Cims:Accounts:UnusedDays — active accounts not signed in for this many days (or never, since added) are flagged on the users list.</summary>
    public int UnusedDays { get; set; } = 90;
}
