using System.Text.RegularExpressions;

namespace Cims.Load;

/// <summary>Page kinds for the report: the method and path with ids and numbers as placeholders.</summary>
public static partial class Kinds
{
    public static string Of(Uri url) => "GET " + Path(url.AbsolutePath);

    public static string Path(string path) => Ids().Replace(path, "/{id}");

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Ids();
}
