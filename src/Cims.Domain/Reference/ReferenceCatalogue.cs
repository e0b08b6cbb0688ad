namespace Cims.Domain.Reference;

/// <summary>The reference data CIMS starts with (domain reference §3.3, §12.1, §12.3). Administrators edit it afterwards.</summary>
public static class ReferenceCatalogue
{
    public static readonly IReadOnlyList<(string Division, string[] Areas)> DivisionsAndAreas =
    [
        ("North", ["North Eastern Melbourne", "Hume Moreland", "Loddon", "Mallee"]),
        ("East", ["Inner Eastern Melbourne", "Outer Eastern Melbourne", "Goulburn", "Ovens Murray"]),
        ("South", ["Southern Melbourne", "Bayside Peninsula", "Inner Gippsland", "Outer Gippsland"]),
        ("West", ["Western Melbourne", "Brimbank Melton", "Barwon", "Central Highlands", "Wimmera South West"]),
    ];

    public static readonly IReadOnlyList<(string Program, string[] ServiceTypes)> ProgramsAndServiceTypes =
    [
        ("Children, youth and family services",
            ["Family and community services", "Out-of-home care", "Secure welfare", "Statutory child protection services"]),
        ("Disability services",
        [
            "Individual support", "Information, planning and capacity building", "Targeted services",
            "Residential accommodation services",
            "Victorian approved NDIS providers of disability and psychosocial supports",
        ]),
        ("Health services",
        [
            "Aged care and carer's support services", "Alcohol and drug treatment services",
            "Community palliative care services",
            "HACC services for people aged under 65 (under 50 for Aboriginal people)",
            "Mental health community support services (MHCSS)", "Sexual health prevention services",
        ]),
        ("Housing and community building services",
            ["Department managed housing", "Homelessness assistance", "Long-term housing assistance"]),
        ("Youth services", ["Refugee minor program", "Youth services"]),
    ];

    public static readonly IReadOnlyList<(string Category, (string Type, IncidentTypeFlags Flags)[] Types)> IncidentTypes =
    [
        ("Abuse",
        [
            ("Physical abuse", Abuse), ("Sexual abuse", Abuse), ("Sexual exploitation", Abuse),
            ("Emotional/psychological abuse", Abuse), ("Financial abuse", Abuse),
            ("Neglect", new(true, true, false, true)),
        ]),
        ("Quality of care", [("Poor quality of care", new(false, true, false, true)), ("Medication error", Review)]),
        ("Injury",
            [("Injury – unexplained", new(false, true, false, true)), ("Injury – explained", new(false, false, true, false))]),
        ("Death", [("Death", new(false, false, true, false))]),
        ("Client behaviour",
        [
            ("Absent client", Review), ("Dangerous actions", Review),
            ("Self-harm", Unconfirmed), ("Suicide attempt", Unconfirmed),
        ]),
        ("Care", [("Restrictive intervention (unauthorised)", Unconfirmed)]),
        ("Other", [("Other", Unconfirmed)]),
    ];

    private static IncidentTypeFlags Abuse => new(true, true, false, true);

    private static IncidentTypeFlags Review => new(false, false, true, true);

    private static IncidentTypeFlags Unconfirmed => new(false, false, true, false);
}
