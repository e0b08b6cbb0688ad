using System.Text;

namespace Cims.Web.Infrastructure.Sessions;

/// <summary>How a kept form's fields read on the page that offers to send it: the field's own name, in words.</summary>
public static class KeptFormLabels
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "Version", "Nav", "ReturnUrl" };

    /// <summary>Whether the field is something the user typed or chose (not a version, a button, or empty).</summary>
    public static bool Shown(string name, string value) => value.Length > 0 && !Hidden.Contains(LastPart(name));

    /// <summary>"Step.OccurredDay" reads "Occurred day"; "People[2].GivenName" reads "Given name".</summary>
    public static string For(string name)
    {
        var part = LastPart(name);
        var words = new StringBuilder(part.Length + 8);
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(part[i - 1]) || (i + 1 < part.Length && char.IsLower(part[i + 1]))))
                words.Append(' ').Append(char.ToLowerInvariant(c));
            else
                words.Append(c);
        }
        return words.ToString();
    }

    private static string LastPart(string name)
    {
        var last = name[(name.LastIndexOf('.') + 1)..];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? last : last[..bracket];
    }
}
