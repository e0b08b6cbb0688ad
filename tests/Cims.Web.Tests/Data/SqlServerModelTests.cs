using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Cims.Web.Tests.Data;

/// <summary>
/// What can be checked of SQL Server without a server: the model builds, its idempotent migration
/// script parses as T-SQL, and the mapping keeps to what SQL Server accepts at CREATE time.
/// </summary>
public sealed class SqlServerModelTests
{
    [Fact]
    public void GenerateScript_Idempotent_ParsesAsTSqlWithoutErrors()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var batches = System.Text.RegularExpressions.Regex.Split(script, @"^\s*GO\s*$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Where(b => b.Trim().Length > 0).ToList();
        var errors = batches.SelectMany(b =>
        {
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(b), out var parseErrors);
            return parseErrors.Select(e => $"line {e.Line}: {e.Message} in\n{b}");
        }).ToList();

        Assert.All(db.Model.GetRelationalModel().Tables, t => Assert.Contains($"CREATE TABLE [{t.Name}]", script, StringComparison.Ordinal));
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public void Model_IndexedStrings_FitSqlServerIndexKeys()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var store = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();

        var tooLong = store.Tables.SelectMany(t => t.Indexes).SelectMany(i => i.Columns.Select(c => (Index: i.Name, Column: c)))
            .Where(x => x.Column.StoreType.Contains("(max)", StringComparison.OrdinalIgnoreCase) ||
                        (x.Column.StoreType.StartsWith("nvarchar(", StringComparison.Ordinal) && Length(x.Column.StoreType) > 450))
            .Select(x => $"{x.Index}: {x.Column.Table.Name}.{x.Column.Name} {x.Column.StoreType}").ToList();
        var keys = store.Tables.SelectMany(t => t.UniqueConstraints).SelectMany(k => k.Columns)
            .Where(c => c.StoreType.Contains("(max)", StringComparison.OrdinalIgnoreCase)).Select(c => $"{c.Table.Name}.{c.Name}").ToList();

        Assert.Empty(tooLong);
        Assert.Empty(keys);
    }

    [Fact]
    public void Model_CascadeDeletes_NeverReachATableByTwoPaths()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var cascades = db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction == ReferentialAction.Cascade)
            .Select(fk => (From: fk.PrincipalTable.Name, To: fk.Table.Name)).ToList();

        List<string> Paths(string from) => [.. cascades.Where(c => c.From == from).SelectMany(c => Paths(c.To).Select(p => $"{from} > {p}").Prepend($"{from} > {c.To}"))];
        var twice = cascades.Select(c => c.From).Distinct()
            .SelectMany(root => Paths(root).GroupBy(p => p[(p.LastIndexOf('>') + 2)..]).Where(g => g.Count() > 1).Select(g => string.Join("; ", g)))
            .ToList();

        Assert.NotEmpty(cascades);
        Assert.Empty(twice);
    }

    [Fact]
    public void Model_SqlServerTypes_InstantsOffsetsAndGuidVersions()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var model = db.GetService<IDesignTimeModel>().Model;
        var properties = model.GetEntityTypes().SelectMany(e => e.GetProperties()).ToList();

        Assert.All(properties.Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)),
            p => Assert.Equal("datetimeoffset", p.GetColumnType()));
        var versions = properties.Where(p => p.Name == "Version" && p.IsConcurrencyToken).ToList();
        Assert.NotEmpty(versions);
        Assert.All(versions, p => Assert.Equal("uniqueidentifier", p.GetColumnType()));
        Assert.All(model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IKey>().Where(k => k.Properties is [{ ClrType: var t }] && (t == typeof(int) || t == typeof(long)) && !k.DeclaringEntityType.IsOwned()),
            k => Assert.True(k.Properties[0].ValueGenerated == ValueGenerated.Never || SqlServerPropertyExtensions.GetValueGenerationStrategy(k.Properties[0]) == Microsoft.EntityFrameworkCore.Metadata.SqlServerValueGenerationStrategy.IdentityColumn, k.DeclaringEntityType.Name));
    }

    private static int Length(string storeType) =>
        int.Parse(storeType[(storeType.IndexOf('(') + 1)..storeType.IndexOf(')')], System.Globalization.CultureInfo.InvariantCulture);
}
