using System.Text;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Account;

/// <summary>
/// Makes the link to /Password/Reset?userId=…&amp;code=… that sets a password (password resets and new-user
/// invitations). Uses Cims:PublicBaseUrl when set, so a forged Host header cannot redirect the link.
/// </summary>
public sealed class PasswordResetLink(
    UserManager<CimsUser> users, LinkGenerator links, IHttpContextAccessor http, IOptions<CimsOptions> options)
{
    public async Task<string> CreateAsync(CimsUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var values = new { userId = user.Id, code = Encode(token) };
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            return options.Value.PublicBaseUrl.TrimEnd('/') + links.GetPathByAction("Reset", "Password", values);
        var context = http.HttpContext
            ?? throw new InvalidOperationException("Set Cims:PublicBaseUrl to make links outside a web request.");
        return links.GetUriByAction(context, "Reset", "Password", values)
            ?? throw new InvalidOperationException("No route to /Password/Reset.");
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token inside a link's code, or null when the code is damaged.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
