using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Account.Manage;

/// <summary>The QR code and typed key of the signed-in user's authenticator app.</summary>
public sealed class AuthenticatorSetupViewComponent(AuthenticatorSetup setup) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("~/Features/Account/Manage/_AuthenticatorSetup.cshtml", await setup.LoadKeyAsync(UserClaimsPrincipal));
}
