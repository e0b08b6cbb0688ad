using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Cims.Web.Infrastructure.Sessions;

/// <summary>
/// The sign-in cookie's lifetime (ADR 0050): it slides on activity up to the idle time, and ends at the absolute
/// lifetime counted from the moment of signing in, which the cookie carries as a property of its own (the ticket's
/// IssuedUtc is renewed each time the cookie slides, so it cannot say when the user signed in).
/// </summary>
public static class SessionLifetime
{
    public const string SignedInProperty = "cims.signed_in";

    public static void Configure(CookieAuthenticationOptions cookie, SessionLifetimeOptions session)
    {
        cookie.ExpireTimeSpan = session.Idle;
        cookie.SlidingExpiration = true;
        var events = cookie.Events;
        var checkStamp = events.OnValidatePrincipal;
        events.OnSigningIn = context =>
        {
            context.Properties.Items.TryAdd(SignedInProperty, Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        events.OnCheckSlidingExpiration = context =>
        {
            if (SessionEndpoints.IsKeepAlive(context.HttpContext.Request))
                context.ShouldRenew = true;
            else if (SessionEndpoints.IsStatus(context.HttpContext.Request))
                context.ShouldRenew = false;
            SessionEnd.Record(context.HttpContext, context.ShouldRenew ? session.Idle : context.RemainingTime);
            return Task.CompletedTask;
        };
        events.OnValidatePrincipal = context => ValidateAsync(context, session, checkStamp);
        var redirectToLogin = events.OnRedirectToLogin;
        events.OnRedirectToLogin = async context =>
        {
            await KeepPostedFormAsync(context);
            await redirectToLogin(context);
        };
    }

    /// <summary>
    /// A form posted after the session ended is kept for the same user (ADR 0057), and signing in again leads to it
    /// rather than to the page it was posted to.
    /// </summary>
    private static async Task KeepPostedFormAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        var cookie = context.Options.CookieManager.GetRequestCookie(http, context.Options.Cookie.Name!);
        var ended = cookie is null ? null : context.Options.TicketDataFormat.Unprotect(cookie);
        if (ended is null || !HttpMethods.IsPost(http.Request.Method))
            return;
        var kept = await http.RequestServices.GetRequiredService<KeptForms>().KeepAsync(http, ended.Principal);
        if (kept is null)
            return;
        var request = http.Request;
        var login = request.PathBase + context.Options.LoginPath + QueryString.Create(context.Options.ReturnUrlParameter, KeptForms.PathPrefix + kept);
        context.RedirectUri = $"{request.Scheme}://{request.Host}{login}";
    }

    /// <summary>Ends a session past its absolute lifetime, then runs Identity's security stamp check.</summary>
    private static async Task ValidateAsync(
        CookieValidatePrincipalContext context, SessionLifetimeOptions session, Func<CookieValidatePrincipalContext, Task> checkStamp)
    {
        var signedIn = SignedIn(context.Properties);
        if (signedIn is null || Now(context.HttpContext) - signedIn.Value >= session.Absolute)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await checkStamp(context);
        // The stamp check renews the cookie when it has checked; asking how long is left must not count as activity.
        if (SessionEndpoints.IsStatus(context.HttpContext.Request))
            context.ShouldRenew = false;
        if (context.ShouldRenew)
            SessionEnd.Record(context.HttpContext, session.Idle);
        SessionEnd.RecordSignedIn(context.HttpContext, signedIn.Value);
    }

    public static DateTimeOffset? SignedIn(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SignedInProperty, out var value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
