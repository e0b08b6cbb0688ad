using Cims.Domain.Reference;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>A funded organisation incidents are generated for: where it works and who reports for it.</summary>
public sealed record VolumeOrganisation(
    int Id, string Name, string ReporterUserId, string ReporterName, int[] AreaIds, (int ServiceTypeId, int ProgramId)[] Services, double Weight);

/// <summary>An incident type of the reference data, with how often it is reported.</summary>
public sealed record VolumeType(int Id, string Name, IncidentTypeFlags Flags, double Weight);

/// <summary>What the generator draws from: the organisations, the incident types, and the day it runs.</summary>
public sealed class VolumeReference(IReadOnlyList<VolumeOrganisation> organisations, IReadOnlyList<VolumeType> types, DateTimeOffset now)
{
    private readonly double[] _organisationWeights = Cumulative(organisations.Select(o => o.Weight));
    private readonly double[] _typeWeights = Cumulative(types.Select(t => t.Weight));

    public IReadOnlyList<VolumeOrganisation> Organisations { get; } = organisations;

    public IReadOnlyList<VolumeType> Types { get; } = types;

    public DateTimeOffset Now { get; } = now;

    public int PickOrganisation(ref VolumeRandom random) => Pick(_organisationWeights, random.NextDouble());

    public VolumeType PickType(ref VolumeRandom random) => Types[Pick(_typeWeights, random.NextDouble())];

    /// <summary>How often each type is reported, relative to 1 (types not named here).</summary>
    public static double TypeWeight(string name) => name switch
    {
        "Physical abuse" => 14,
        "Injury – explained" => 16,
        "Dangerous actions" => 12,
        "Absent client" => 10,
        "Self-harm" => 7,
        "Emotional/psychological abuse" => 5,
        "Poor quality of care" => 4,
        "Medication error" => 5,
        "Sexual abuse" => 3,
        "Injury – unexplained" => 3,
        "Neglect" => 2,
        "Suicide attempt" => 2,
        "Restrictive intervention (unauthorised)" => 2,
        "Death" => 0.6,
        _ => 1,
    };

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return [.. weights.Select(w => sum += w)];
    }

    private static int Pick(double[] cumulative, double u)
    {
        var index = Array.BinarySearch(cumulative, u * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
