using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>
/// Plans incident <c>index</c> from (seed, index) alone: organisation, place, dates over eight years ending today,
/// impact (about 12% major), type, clients (often the same people again, now and then at another organisation),
/// subjects of allegation, and the moves reached by now. About 0.4% repeat the previous incident at another
/// organisation: same first client, same day, same suburb (the likely duplicates analysis looks for).
/// </summary>
public sealed class IncidentPlanner(VolumeReference reference, int seed, int incidentCount, int firstId)
{
    public const double MajorShare = 0.12;
    public const double DuplicateShare = 0.004;
    public const double OtherOrganisationClientShare = 0.06;
    public const int Years = 8;

    private readonly int _clientsPerOrganisation = Math.Max(10, (int)(incidentCount * 0.55 / reference.Organisations.Count));
    private readonly DateOnly _today = DateOnly.FromDateTime(reference.Now.ToMelbourne().DateTime);

    public int Count => incidentCount;

    public int Seed => seed;

    public int FirstId => firstId;

    public DateOnly Today => _today;

    public IncidentPlan Plan(int index)
    {
        var random = VolumeRandom.For(seed, 2, index);
        var core = Core(index, ref random);
        if (index > 0 && random.Chance(DuplicateShare))
        {
            var previousRandom = VolumeRandom.For(seed, 2, index - 1);
            var previous = Core(index - 1, ref previousRandom);
            var count = reference.Organisations.Count;
            var organisation = reference.Organisations[(previous.OrganisationIndex + 1 + random.Next(Math.Max(1, count - 1))) % count];
            core = core with
            {
                Organisation = organisation,
                AreaId = organisation.AreaIds[0],
                Service = organisation.Services[0],
                OccurredOn = previous.OccurredOn,
                Place = previous.Place,
                ClientKeys = [previous.ClientKeys[0], .. core.ClientKeys.Skip(1)],
                Type = previous.Type,
                Impact = previous.Impact,
            };
        }

        return IncidentTimeline.Complete(core, firstId + index, reference.Now, ref random);
    }

    private PlanCore Core(int index, ref VolumeRandom random)
    {
        var organisationIndex = reference.PickOrganisation(ref random);
        var organisation = reference.Organisations[organisationIndex];
        var daysBack = (int)(Years * 365.25 * Math.Pow(random.NextDouble(), 1.15));
        var occurredOn = _today.AddDays(-daysBack);
        var type = reference.PickType(ref random);
        var impact = type.Name == "Death" || random.Chance(type.Flags.IsAbuseType ? MajorShare * 1.6 : MajorShare * 0.8)
            ? ImpactLevel.Major : ImpactLevel.NonMajor;
        var clients = new int[random.Chance(0.85) ? 1 : random.Chance(0.8) ? 2 : 3];
        for (var c = 0; c < clients.Length; c++)
            clients[c] = ClientKey(organisationIndex, ref random);
        return new PlanCore(
            organisationIndex, organisation, random.Pick(organisation.AreaIds), random.Pick(organisation.Services), random.Next(SyntheticText.Places.Length),
            occurredOn, new TimeOnly(random.Next(24), random.Next(60)), impact, type,
            random.Chance(0.1) ? reference.PickType(ref random).Id : null, clients, Subjects(type.Flags, ref random), random.Chance(0.2));
    }

    /// <summary>Mostly a client of the incident's own organisation, a few often (frequent clients); now and then another organisation's.</summary>
    private int ClientKey(int organisationIndex, ref VolumeRandom random)
    {
        var count = reference.Organisations.Count;
        var home = random.Chance(OtherOrganisationClientShare) ? random.Next(count) : organisationIndex;
        var u = random.NextDouble();
        return home + count * (int)(_clientsPerOrganisation * u * u);
    }

    private static SubjectOfAllegationRole[] Subjects(IncidentTypeFlags type, ref VolumeRandom random)
    {
        if (!random.Chance(type.IsAbuseType ? 0.92 : 0.2))
            return [];
        var subjects = new SubjectOfAllegationRole[random.Chance(0.9) ? 1 : 2];
        for (var s = 0; s < subjects.Length; s++)
        {
            var u = random.NextDouble();
            subjects[s] = u < 0.42 ? SubjectOfAllegationRole.Staff : u < 0.74 ? SubjectOfAllegationRole.Client
                : u < 0.84 ? SubjectOfAllegationRole.Carer : u < 0.97 ? SubjectOfAllegationRole.Other : SubjectOfAllegationRole.Unknown;
        }

        return subjects;
    }
}

/// <summary>Who, where, when and what of a planned incident, before its moves.</summary>
public sealed record PlanCore(
    int OrganisationIndex, VolumeOrganisation Organisation, int AreaId, (int ServiceTypeId, int ProgramId) Service, int Place, DateOnly OccurredOn,
    TimeOnly OccurredAt, ImpactLevel Impact, VolumeType Type, int? SecondaryTypeId, int[] ClientKeys,
    SubjectOfAllegationRole[] Subjects, bool Witness);
