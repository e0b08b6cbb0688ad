using System.Text;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Incidents.Attachments;

/// <summary>
/// The name an upload is stored and downloaded under: the last part of whatever path the browser sent,
/// with characters other than letters, digits, spaces and . - _ ( ) replaced by "_", at most 200 long.
/// </summary>
public static class SafeFileName
{
    public const string Fallback = "attachment";

    public static string From(string? uploaded, int maxLength = IncidentAttachment.FileNameMaxLength)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var cleaned = new StringBuilder(name.Length);
        foreach (var c in name)
            cleaned.Append(char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '(' or ')' ? c : '_');
        var safe = cleaned.ToString().Trim(' ', '.');
        if (safe.Length == 0)
            return Fallback;
        return safe.Length <= maxLength ? safe : Shorten(safe, maxLength);
    }

    /// <summary>Cuts the stem, keeping a short extension, so "…long name.pdf" stays a PDF.</summary>
    private static string Shorten(string name, int maxLength)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length > 10)
            extension = "";
        return name[..(maxLength - extension.Length)].TrimEnd(' ', '.') + extension;
    }
}
