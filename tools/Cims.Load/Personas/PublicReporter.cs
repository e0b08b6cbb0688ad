using System.Globalization;

namespace Cims.Load.Personas;

/// <summary>A member of an agency's staff reporting a privacy incident on the public form, without an account, from landing page to receipt.</summary>
public sealed class PublicReporter(LoadOptions options, int user) : Persona(options)
{
    public override string Name => "public privacy form";

    public override async Task SitAsync(Browser browser, Acknowledged acknowledged, CancellationToken ct)
    {
        // Each report starts from a new visit: a draft an earlier sitting left half-way (a node or the database went
        // away under it) would otherwise be resumed at its own stage.
        browser.ForgetCookies("/PrivacyReport");
        var page = await browser.GetAsync("GET /PrivacyReport", "/PrivacyReport", ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /PrivacyReport/Proceed", page, [], ct, "/Proceed");
        page = await browser.SubmitAsync(
            "POST /PrivacyReport/Service (choose)", page, [new("OrganisationId", Forms.FirstOption(page.Document, "OrganisationId")), new("Nav", "choose")], ct, answersWithPage: true);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /PrivacyReport/Service", page, PrivacyFields.Service(page.Document), ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /PrivacyReport/Officer", page, PrivacyFields.Officer, ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /PrivacyReport/Dates", page, PrivacyFields.Dates(DateTime.UtcNow.AddDays(-1)), ct);
        await ThinkAsync(ct);
        var tag = acknowledged.NewTag(user);
        page = await browser.SubmitAsync("POST /PrivacyReport/Description", page, [new("Location", "Reception"), new("Description", $"{tag}: a letter went to the wrong client."), new("Nav", "next")], ct);
        page = await browser.GetAsync("GET /PrivacyReport/People/Add", "/PrivacyReport/People/Add", ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /PrivacyReport/People/Add", page, PrivacyFields.Person, ct);
        page = await browser.SubmitAsync("POST /PrivacyReport/People", page, [new("Nav", "next")], ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /PrivacyReport/Containment", page, PrivacyFields.Containment, ct);
        await ThinkAsync(ct);
        page = await browser.SubmitAsync("POST /PrivacyReport/Declaration", page, [new("Declared", "true")], ct);
        var number = page.Document.QuerySelector("#report-number")?.TextContent.Trim();
        if (string.IsNullOrEmpty(number))
            throw new LoadFailure("no receipt", $"{page.Url} shows no report number");
        acknowledged.Add("privacy report", tag);
    }
}

/// <summary>What the public reporter types at each stage of the privacy form.</summary>
internal static class PrivacyFields
{
    public static List<KeyValuePair<string, string>> Service(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var group = page.QuerySelector("select[name=ServiceTypeId] optgroup")
            ?? throw new LoadFailure("no options", "the organisation has no service types");
        var program = page.QuerySelectorAll("select[name=ProgramId] option").First(o => o.TextContent.Trim() == group.GetAttribute("label"));
        return
        [
            new("AreaId", Forms.FirstOption(page, "AreaId")), new("ProgramId", program.GetAttribute("value")!),
            new("ServiceTypeId", group.QuerySelector("option")!.GetAttribute("value")!),
            new("Street", "12 High Street"), new("Suburb", "Seymour"), new("State", "VIC"), new("Postcode", "3660"),
            new("ManualAddress", "true"), new("Nav", "next"),
        ];
    }

    public static readonly List<KeyValuePair<string, string>> Officer =
    [
        new("Surname", "Citizen"), new("GivenName", "Jane"), new("JobTitle", "Case worker"), new("Telephone", "0355501234"),
        new("Email", "jane@agency-one.example"), new("LineManagerName", "Sam Manager"), new("Nav", "next"),
    ];

    public static List<KeyValuePair<string, string>> Dates(DateTime day) =>
    [
        new("OccurredDay", Text(day.Day)), new("OccurredMonth", Text(day.Month)), new("OccurredYear", Text(day.Year)),
        new("DateAccuracy", "EXACT"), new("OccurredTime", "09:15"), new("TimeAccuracy", "EXACT"),
        new("DisclosedDay", Text(day.Day)), new("DisclosedMonth", Text(day.Month)), new("DisclosedYear", Text(day.Year)),
        new("DisclosedTime", "10:00"), new("Nav", "next"),
    ];

    public static readonly List<KeyValuePair<string, string>> Person =
    [
        new("IdentifierType", "CRIS"), new("Identifier", "C-12345"), new("Surname", "Nguyen"), new("GivenName", "Mai"),
        new("Sex", "2"), new("IndigenousStatus", "4"), new("BirthDay", "7"), new("BirthMonth", "3"), new("BirthYear", "1984"),
        new("Street", "5 Station Street"), new("Suburb", "Seymour"), new("State", "VIC"), new("Postcode", "3660"),
        new("ManualAddress", "true"), new("Relationship", "CLIENT"), new("SafetyNeedsMet", "YES"),
        new("Principles", "IPP2"), new("Principles", "HPP4"),
    ];

    public static readonly List<KeyValuePair<string, string>> Containment =
    [
        new("InformationDisclosed", "NAME"), new("InformationDisclosed", "HEALTH"),
        new("ActionsTaken", "Called the recipient, who deleted the email."), new("Consultation", "LINEMANAGER"),
        new("DisclosureStatus", "CONTAINED"), new("FurtherRisk", "false"), new("BreachOccurred", "true"),
        new("CaseNotes", "Client told on the phone."), new("Nav", "next"),
    ];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
