namespace Cims.Web.Infrastructure.Volume;

/// <summary>A synthetic client: the same key gives the same person (name, date of birth, identifier) in every incident.</summary>
public sealed record SyntheticClient(
    string GivenName, string Surname, DateOnly DateOfBirth, string Sex, string IndigenousStatus, string IdentifierType, string? Identifier,
    string Street, string Suburb, string Postcode)
{
    /// <summary>About 15% of clients Aboriginal, Torres Strait Islander or both (codes 1–3).</summary>
    public const double AboriginalShare = 0.15;

    public static SyntheticClient For(int seed, int key, DateOnly today)
    {
        var random = VolumeRandom.For(seed, 3, key);
        var u = random.NextDouble();
        var indigenous = u < 0.125 ? "1" : u < 0.13 ? "2" : u < AboriginalShare ? "3" : u < 0.94 ? "4" : "9";
        var sex = random.NextDouble() switch { < 0.5 => "1", < 0.97 => "2", < 0.985 => "3", _ => "9" };
        var identifier = random.NextDouble() switch { < 0.6 => "CRIS", < 0.75 => "HIIP", < 0.8 => "OTHER", _ => "NA" };
        var place = random.Pick(SyntheticText.Places);
        return new SyntheticClient(
            random.Pick(SyntheticText.GivenNames), random.Pick(SyntheticText.Surnames),
            today.AddDays(-(4 * 365) - random.Next(80 * 365)), sex, indigenous, identifier,
            identifier == "NA" ? null : $"{identifier[0]}{key:D8}",
            $"{1 + random.Next(200)} {random.Pick(SyntheticText.Streets)}", place.Suburb, place.Postcode);
    }

    public string FullName => $"{GivenName} {Surname}";
}
