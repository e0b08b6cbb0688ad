using System.Globalization;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>The arguments of <c>generate-volume</c>: <c>--incidents N</c> (required, positive) and <c>--seed S</c> (optional).</summary>
public sealed record VolumeArguments(int Incidents, int Seed)
{
    /// <summary>How many synthetic organisations to add beside those already there.</summary>
    public int Organisations { get; init; } = VolumeOrganisations.Count;

    public const int DefaultSeed = 20180115;

    public const string Usage = "Usage: generate-volume --incidents N [--seed S] (N a whole number from 1 to 10000000).";

    /// <summary>The arguments, or a sentence saying what is wrong with them.</summary>
    public static (VolumeArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        int? incidents = null;
        var seed = DefaultSeed;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is not ("--incidents" or "--seed"))
                continue;
            if (i + 1 >= args.Count)
                return (null, $"{name} needs a value. {Usage}");
            var text = args[++i];
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                return (null, $"{name} must be a whole number, not \"{text}\". {Usage}");
            if (name == "--seed")
                seed = value;
            else if (value is < 1 or > 10_000_000)
                return (null, $"--incidents must be from 1 to 10000000, not {value}. {Usage}");
            else
                incidents = value;
        }

        return incidents is { } n ? (new VolumeArguments(n, seed), null) : (null, $"--incidents is required. {Usage}");
    }
}
