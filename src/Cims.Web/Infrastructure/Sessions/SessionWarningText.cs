using System.Globalization;

namespace Cims.Web.Infrastructure.Sessions;

/// <summary>Durations in the session warning's words: "2 minutes", "12 hours", "30 seconds".</summary>
public static class SessionWarningText
{
    public static string Duration(double seconds)
    {
        var whole = (long)Math.Round(seconds);
        return whole switch
        {
            _ when whole >= 3600 && whole % 3600 == 0 => Plural(whole / 3600, "hour"),
            _ when whole >= 60 && whole % 60 == 0 => Plural(whole / 60, "minute"),
            _ => Plural(whole, "second"),
        };
    }

    private static string Plural(long n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");
}
