namespace Cims.Web.Infrastructure.Backup;

/// <summary>The arguments of <c>backup</c>: the file to write (required) and <c>--overwrite</c> (replace it if it exists).</summary>
public sealed record BackupArguments(string Target, bool Overwrite)
{
    public const string OverwriteFlag = "--overwrite";

    public const string Usage = "Usage: backup <target-file> [--overwrite] (SQLite: an online copy of the live database).";

    /// <summary>The arguments, or a sentence saying what is wrong with them.</summary>
    public static (BackupArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var overwrite = args.Contains(OverwriteFlag, StringComparer.Ordinal);
        var files = args.Where(a => !a.StartsWith('-')).ToList();
        if (args.FirstOrDefault(a => a.StartsWith('-') && a != OverwriteFlag) is { } unknown)
            return (null, $"backup has no option {unknown}. {Usage}");
        return files.Count switch
        {
            0 => (null, $"backup needs the file to write. {Usage}"),
            > 1 => (null, $"backup writes one file, not {files.Count}. {Usage}"),
            _ when string.IsNullOrWhiteSpace(files[0]) => (null, $"backup needs the file to write. {Usage}"),
            _ => (new BackupArguments(files[0], overwrite), null),
        };
    }
}
