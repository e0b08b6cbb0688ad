using System.Globalization;
using AngleSharp.Html.Dom;

namespace Cims.Load.Personas;

/// <summary>What the reporter types at each step of the incident report.</summary>
internal static class ReportFields
{
    public static List<KeyValuePair<string, string>> Service(IHtmlDocument page)
    {
        var group = page.QuerySelector("select[name=ServiceTypeId] optgroup[data-program]")
            ?? throw new LoadFailure("no options", "the organisation has no service types");
        return
        [
            new("AreaId", Forms.FirstOption(page, "AreaId")), new("ProgramId", group.GetAttribute("data-program")!),
            new("ServiceTypeId", group.QuerySelector("option")!.GetAttribute("value")!),
            new("Street", "1 Main St"), new("Suburb", "Shepparton"), new("State", "VIC"), new("Postcode", "3630"), new("Nav", "next"),
        ];
    }

    public static readonly List<KeyValuePair<string, string>> Officer =
    [
        new("Surname", "Reporter"), new("GivenName", "Riley"), new("JobTitle", "Case worker"), new("Telephone", "0355501234"),
        new("Email", "reporter@agency-one.example"), new("LineManagerName", "Morgan Manager"), new("Nav", "next"),
    ];

    public static List<KeyValuePair<string, string>> Dates(DateTime day, string nav) =>
    [
        new("OccurredDay", Text(day.Day)), new("OccurredMonth", Text(day.Month)), new("OccurredYear", Text(day.Year)),
        new("DateAccuracy", "EXACT"), new("OccurredTime", "14:15"), new("TimeAccuracy", "EXACT"),
        new("AwareDay", Text(day.Day)), new("AwareMonth", Text(day.Month)), new("AwareYear", Text(day.Year)), new("AwareTime", "16:30"),
        new("Nav", nav),
    ];

    /// <summary>A non-major incident of the first type offered, so the report goes to its delegate without an E1 rush.</summary>
    public static List<KeyValuePair<string, string>> Description(IHtmlDocument page, string tag) =>
    [
        new("Location", "Lounge room"), new("Description", $"{tag}: the client fell and bruised an arm."),
        new("Impact", "NonMajor"), new("PrimaryTypeId", Forms.FirstOption(page, "PrimaryTypeId")), new("Nav", "next"),
    ];

    public static readonly List<KeyValuePair<string, string>> Client =
    [
        new("IdentifierType", "CRIS"), new("Identifier", "100234"), new("Surname", "Citizen"), new("GivenName", "Jo"),
        new("BirthDay", "17"), new("BirthMonth", "5"), new("BirthYear", "1990"), new("Sex", "2"), new("IndigenousStatus", "4"),
        new("Street", "2 High St"), new("Suburb", "Benalla"), new("State", "VIC"), new("Postcode", "3672"),
        new("Impact", "NonMajor"), new("Allegations", "Bruised arm"), new("Nav", "next"),
    ];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
