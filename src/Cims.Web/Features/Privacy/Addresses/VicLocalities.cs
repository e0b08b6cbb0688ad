using System.Reflection;

namespace Cims.Web.Features.Privacy.Addresses;

/// <summary>A suburb or town with its postcode, as the address typeahead offers it.</summary>
public sealed record Locality(string Suburb, string Postcode, string State);

/// <summary>
/// The Victorian suburbs and towns shipped with the application (vic-localities.csv), read once.
/// A typing aid for Suburb/Town: the address fields stay free text and the server checks only their format.
/// </summary>
public sealed class VicLocalities
{
    public const int MaxResults = 10;
    public const string State = "VIC";
    private const string ResourceName = "Cims.Web.vic-localities.csv";

    public VicLocalities()
        : this(Read())
    {
    }

    internal VicLocalities(IReadOnlyList<Locality> all) => All = all;

    public IReadOnlyList<Locality> All { get; }

    /// <summary>
    /// Up to ten localities: those whose name starts with <paramref name="query"/> first, then those containing it
    /// (case-insensitive); a query of digits matches postcodes instead.
    /// </summary>
    public IReadOnlyList<Locality> Search(string? query)
    {
        var q = query?.Trim() ?? "";
        if (q.Length == 0)
            return [];
        if (q.All(char.IsAsciiDigit))
            return [.. All.Where(l => l.Postcode.StartsWith(q, StringComparison.Ordinal)).Take(MaxResults)];
        var starts = All.Where(l => l.Suburb.StartsWith(q, StringComparison.OrdinalIgnoreCase));
        var contains = All.Where(l => !l.Suburb.StartsWith(q, StringComparison.OrdinalIgnoreCase)
            && l.Suburb.Contains(q, StringComparison.OrdinalIgnoreCase));
        return [.. starts.Concat(contains).Take(MaxResults)];
    }

    /// <summary>Parses "suburb,postcode" lines; '#' lines are comments and the first other line is the header.</summary>
    internal static IReadOnlyList<Locality> Parse(TextReader reader)
    {
        var list = new List<Locality>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (header)
            {
                header = false;
                continue;
            }

            var comma = line.LastIndexOf(',');
            list.Add(new Locality(line[..comma].Trim(), line[(comma + 1)..].Trim(), State));
        }

        return list;
    }

    private static IReadOnlyList<Locality> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
