namespace Cims.Web.Tests.Fuzz;

/// <summary>Ids to put in routes and fields: records of the signed-in user's organisation, another organisation's, and none.</summary>
public sealed record FuzzIds(IReadOnlyList<string> Own, IReadOnlyList<string> Others)
{
    private static readonly string[] Nothing = ["0", "-1", "2147483647", "2147483648", "999999", "abc", "1.5"];

    public string Pick(Random random) => random.Next(3) switch
    {
        0 when Own.Count > 0 => Own[random.Next(Own.Count)],
        1 when Others.Count > 0 => Others[random.Next(Others.Count)],
        _ => Nothing[random.Next(Nothing.Length)],
    };
}
