using Cims.Web.Infrastructure.Backup;

namespace Cims.Web.Tests.Backup;

public sealed class BackupArgumentsTests
{
    [Fact]
    public void Parse_FileAndOverwrite_BothKept()
    {
        var (arguments, error) = BackupArguments.Parse(["/var/backups/cims.db", "--overwrite"]);

        Assert.Null(error);
        Assert.Equal(new BackupArguments("/var/backups/cims.db", true), arguments);
    }

    [Theory]
    [InlineData("needs the file to write")]
    [InlineData("writes one file, not 2", "a.db", "b.db")]
    [InlineData("has no option --force", "a.db", "--force")]
    public void Parse_WrongArguments_OneSentenceWithTheUsage(string expected, params string[] args)
    {
        var (arguments, error) = BackupArguments.Parse(args);

        Assert.Null(arguments);
        Assert.Contains(expected, error);
        Assert.Contains(BackupArguments.Usage, error);
    }
}
