namespace Cims.Domain.Investigations;

/// <summary>The finding on an allegation, on the balance of probabilities (domain reference §8.1).</summary>
public enum AllegationFinding
{
    Substantiated,
    NotSubstantiated,
    UnableToDetermine,
}

public static class AllegationFindingText
{
    public static string Display(this AllegationFinding finding) => finding switch
    {
        AllegationFinding.Substantiated => "Substantiated",
        AllegationFinding.NotSubstantiated => "Not substantiated",
        AllegationFinding.UnableToDetermine => "Unable to determine",
        _ => finding.ToString(),
    };
}
