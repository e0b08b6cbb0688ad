using System.Reflection;

namespace Cims.Web.Infrastructure.Identity.CommonPasswords;

/// <summary>
/// The shipped list of common and breached passwords (README.md beside this file says where it comes from), read once
/// from the assembly and compared without regard to letter case.
/// </summary>
public static class CommonPasswordList
{
    public const string ResourceName = "Cims.Web.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> Passwords = new(Load);

    public static int Count => Passwords.Value.Count;

    public static bool Contains(string password) => Passwords.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
                set.Add(line);
        }

        return set;
    }
}
