using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Data;

/// <summary>
/// The check <c>dotnet ef migrations has-pending-model-changes</c> makes, for each provider's context
/// through its design-time factory (no server needed): a model change without its migration fails here.
/// </summary>
public sealed class PendingModelChangesTests
{
    public static TheoryData<string> Providers => [nameof(SqliteCimsDbContext), nameof(PostgresCimsDbContext), nameof(SqlServerCimsDbContext)];

    [Theory]
    [MemberData(nameof(Providers))]
    public void HasPendingModelChanges_EachProvider_IsFalse(string context)
    {
        using var db = DesignTime(context);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{context}: the model changed without a migration (dotnet ef migrations add <Name> --context {context}).");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void GetMigrations_EachProvider_OnlyItsOwnFolder(string context)
    {
        using var db = DesignTime(context);
        var folder = context.Replace("CimsDbContext", "", StringComparison.Ordinal);

        var migrationTypes = typeof(CimsDbContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)))
            .Where(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute), false)
                .Cast<Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute>().Single().ContextType.Name == context);

        Assert.All(migrationTypes, t => Assert.Equal($"Cims.Web.Data.Migrations.{folder}", t.Namespace));
        Assert.Equal(migrationTypes.Count(), db.Database.GetMigrations().Count());
    }

    internal static CimsDbContext DesignTime(string context) => context switch
    {
        nameof(SqliteCimsDbContext) => new SqliteDesignTimeFactory().CreateDbContext([]),
        nameof(PostgresCimsDbContext) => new PostgresDesignTimeFactory().CreateDbContext([]),
        nameof(SqlServerCimsDbContext) => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(context), context, null),
    };
}
