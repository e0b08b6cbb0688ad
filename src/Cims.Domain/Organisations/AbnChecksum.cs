namespace Cims.Domain.Organisations;

/// <summary>The Australian Business Number check: 11 digits whose weighted sum (first digit less one) divides by 89.</summary>
public static class AbnChecksum
{
    private static readonly int[] Weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

    /// <summary>True for a valid ABN; spaces are ignored. An empty value is not an ABN.</summary>
    public static bool IsValid(string? abn)
    {
        var digits = Organisation.NormaliseAbn(abn);
        if (digits is not { Length: 11 } || !digits.All(char.IsAsciiDigit))
            return false;
        var sum = 0;
        for (var i = 0; i < 11; i++)
            sum += ((digits[i] - '0') - (i == 0 ? 1 : 0)) * Weights[i];
        return sum % 89 == 0;
    }
}
