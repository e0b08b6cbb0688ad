namespace Cims.Web.Infrastructure.Volume;

public static class VolumeRows
{
    public static void CheckWidth(VolumeTable table, object?[] row)
    {
        if (row.Length != table.Columns.Count)
            throw new InvalidOperationException($"generate-volume wrote {row.Length} values for the {table.Columns.Count} columns of {table.Name}.");
    }
}
