namespace Cims.Domain.Reference;

/// <summary>A Victorian public holiday: not a business day for deadlines.</summary>
public sealed class PublicHoliday
{
    private PublicHoliday()
    {
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>True when generated from the Public Holidays Act rules, false when entered by an administrator.</summary>
    public bool IsGenerated { get; private set; }

    public Guid Version { get; private set; } = Guid.NewGuid();

    public static PublicHoliday Create(DateOnly date, string name, bool generated) =>
        new() { Date = date, Name = name.Trim(), IsGenerated = generated };

    public void Edit(DateOnly date, string name)
    {
        Date = date;
        Name = name.Trim();
        IsGenerated = false;
        Version = Guid.NewGuid();
    }
}
