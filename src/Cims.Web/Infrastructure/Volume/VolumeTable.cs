using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>One column the generator fills: its name and type mapping, both read from the EF model.</summary>
public sealed record VolumeColumn(string Name, RelationalTypeMapping Mapping)
{
    /// <summary>The store type without its facets ("character varying(20)" is "character varying"), for COPY.</summary>
    public string StoreTypeName => Mapping.StoreType.Split('(')[0];

    /// <summary>The value as the database holds it (enums as text, SQLite's instants as ticks).</summary>
    public object? ToProvider(object? value) =>
        value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
}

/// <summary>
/// A table the generator writes, described by property paths of an entity ("Service.ServiceAddress.Street" for an owned
/// type's column): table and column names come from the EF model, so a rename cannot silently break the generator, and
/// a NOT NULL column the generator does not fill stops it before a row is written.
/// </summary>
public sealed class VolumeTable
{
    private VolumeTable(string name, string? schema, IReadOnlyList<VolumeColumn> columns)
    {
        Name = name;
        Schema = schema;
        Columns = columns;
    }

    public string Name { get; }

    public string? Schema { get; }

    public IReadOnlyList<VolumeColumn> Columns { get; }

    public string Quoted => Schema is null ? $"\"{Name}\"" : $"\"{Schema}\".\"{Name}\"";

    /// <param name="model">The context's model.</param>
    /// <param name="entity">The entity type (the owner, for an owned collection).</param>
    /// <param name="ownedCollection">The navigation of an owned collection with its own table, or null.</param>
    /// <param name="paths">The properties filled, in the order of each row's values.</param>
    public static VolumeTable For(IModel model, Type entity, string? ownedCollection, params string[] paths)
    {
        var entityType = model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        if (ownedCollection is not null)
            entityType = entityType.FindNavigation(ownedCollection)?.TargetEntityType ?? throw Missing(entity.Name, ownedCollection);
        var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no table.");
        var schema = entityType.GetSchema();
        var store = StoreObjectIdentifier.Table(name, schema);
        var columns = paths.Select(p => Column(entityType, p, store)).ToList();
        CheckEveryRequiredColumnFilled(model, name, schema, columns);
        return new VolumeTable(name, schema, columns);
    }

    private static VolumeColumn Column(IEntityType entityType, string path, StoreObjectIdentifier store)
    {
        var parts = path.Split('.');
        IReadOnlyEntityType owner = entityType;
        foreach (var navigation in parts[..^1])
            owner = owner.FindNavigation(navigation)?.TargetEntityType ?? throw Missing(owner.DisplayName(), navigation);
        var property = (IProperty?)owner.FindProperty(parts[^1]) ?? throw Missing(owner.DisplayName(), parts[^1]);
        var column = property.GetColumnName(store) ?? throw Missing(store.Name, path);
        return new VolumeColumn(column, (RelationalTypeMapping)property.GetTypeMapping());
    }

    private static void CheckEveryRequiredColumnFilled(IModel model, string name, string? schema, List<VolumeColumn> columns)
    {
        var table = model.GetRelationalModel().FindTable(name, schema) ?? throw Missing("the database", name);
        var filled = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var unfilled = table.Columns.Where(c => !c.IsNullable && !filled.Contains(c.Name)).Select(c => c.Name).ToList();
        if (unfilled.Count > 0)
            throw new InvalidOperationException($"generate-volume does not fill the required column(s) {string.Join(", ", unfilled)} of {name}: add them to its rows.");
    }

    private static InvalidOperationException Missing(string owner, string member) =>
        new($"generate-volume expects {member} on {owner}, which the EF model does not have: update the generator.");
}
