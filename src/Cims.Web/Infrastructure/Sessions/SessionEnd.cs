namespace Cims.Web.Infrastructure.Sessions;

/// <summary>
/// When the current request's session ends, as the sign-in cookie decided it during this request: the earlier of the
/// idle end (renewed or not by this request) and the absolute end. <see cref="Final"/>: the absolute end, which staying
/// active cannot move.
/// </summary>
public sealed record SessionEnd(int Seconds, bool Final)
{
    private const string IdleEndsKey = "cims.session.idle_ends";
    private const string SignedInKey = "cims.session.signed_in";

    public static void Record(HttpContext http, TimeSpan left) => http.Items[IdleEndsKey] = Now(http) + left;

    public static void RecordSignedIn(HttpContext http, DateTimeOffset at) => http.Items[SignedInKey] = at;

    /// <summary>Null when the request carried no browser session (signed out, or an API call).</summary>
    public static SessionEnd? For(HttpContext http, SessionLifetimeOptions options)
    {
        if (http.Items[IdleEndsKey] is not DateTimeOffset idleEnds || http.Items[SignedInKey] is not DateTimeOffset signedIn)
            return null;
        var absoluteEnds = signedIn + options.Absolute;
        var final = absoluteEnds <= idleEnds;
        var left = (final ? absoluteEnds : idleEnds) - Now(http);
        return new SessionEnd((int)Math.Max(0, Math.Floor(left.TotalSeconds)), final);
    }

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
