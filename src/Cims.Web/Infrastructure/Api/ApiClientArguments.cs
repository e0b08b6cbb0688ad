using System.Globalization;

namespace Cims.Web.Infrastructure.Api;

/// <summary>
/// The arguments of <c>add-api-client</c>: <c>--organisation ID</c> and <c>--name "SYSTEM"</c> (required), and
/// <c>--scopes "a b"</c> (optional: every scope).
/// </summary>
public sealed record ApiClientArguments(int OrganisationId, string Name, IReadOnlyList<string> Scopes)
{
    public const string Usage =
        "Usage: add-api-client --organisation ID --name \"Provider system\" [--scopes \"incidents:write incidents:read reference:read\"].";

    public static readonly string[] Options = ["--organisation", "--name", "--scopes"];

    /// <summary>The arguments, or a sentence saying what is wrong with them.</summary>
    public static (ApiClientArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!Options.Contains(args[i], StringComparer.Ordinal))
                continue;
            if (i + 1 >= args.Count)
                return (null, $"{args[i]} needs a value. {Usage}");
            values[args[i]] = args[++i];
        }

        if (!values.TryGetValue("--organisation", out var id) || !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId))
            return (null, $"--organisation must be an organisation's id. {Usage}");
        if (!values.TryGetValue("--name", out var name) || string.IsNullOrWhiteSpace(name) || name.Trim().Length > ApiClient.NameMaxLength)
            return (null, $"--name must name the provider's system in {ApiClient.NameMaxLength} characters or fewer. {Usage}");
        var scopes = values.TryGetValue("--scopes", out var list) ? list.Split(' ', StringSplitOptions.RemoveEmptyEntries) : ApiScopes.All;
        if (scopes.FirstOrDefault(s => !ApiScopes.All.Contains(s, StringComparer.Ordinal)) is { } unknown)
            return (null, $"There is no scope \"{unknown}\": choose among {string.Join(", ", ApiScopes.All)}. {Usage}");
        return scopes.Length == 0 ? (null, $"--scopes names no scope. {Usage}") : (new ApiClientArguments(organisationId, name.Trim(), scopes), null);
    }
}
