using System.Net;
using AngleSharp.Html.Dom;
using Cims.Web.Tests.Infrastructure;

namespace Cims.Web.Tests.Incidents.Report;

/// <summary>Posts the report form's steps as a browser without JavaScript would, with the token and version each page carries.</summary>
public static class ReportForms
{
    public const string Reporter = "reporter@agency-one.example";

    public static async Task<int> StartAsync(FormClient client)
    {
        var response = await client.PostFormAsync("/Incidents/Report/Start", "/Incidents/Report/Start", new() { ["DuringServiceDelivery"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Url(int id, string step) => $"/Incidents/Report/{id}/{step}";

    /// <summary>GETs the page, then POSTs the fields with its token and version (unless the fields give one).</summary>
    public static async Task<HttpResponseMessage> PostAsync(FormClient client, string url, Dictionary<string, string> fields, string nav = "next")
    {
        var page = await client.GetPageAsync(url);
        var all = new Dictionary<string, string>(fields);
        all.TryAdd("Version", Version(page));
        all.TryAdd("Nav", nav);
        return await client.PostWithTokenAsync(url, FormClient.Token(page), all);
    }

    public static string Version(IHtmlDocument page) => page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    public static async Task<IHtmlDocument> PageOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FormClient.ParseAsync(response);
    }

    public static Dictionary<string, string> Service(string programId, string serviceTypeId, string areaId) => new()
    {
        ["AreaId"] = areaId,
        ["ProgramId"] = programId,
        ["ServiceTypeId"] = serviceTypeId,
        ["Street"] = "1 Main St",
        ["Suburb"] = "Shepparton",
        ["State"] = "VIC",
        ["Postcode"] = "3630",
    };

    public static Dictionary<string, string> Officer() => new()
    {
        ["Surname"] = "Reporter",
        ["GivenName"] = "Riley",
        ["JobTitle"] = "Case worker",
        ["Telephone"] = "0355501234",
        ["Email"] = "reporter@agency-one.example",
        ["LineManagerName"] = "Morgan Manager",
    };

    public static Dictionary<string, string> Dates() => new()
    {
        ["OccurredDay"] = "20",
        ["OccurredMonth"] = "11",
        ["OccurredYear"] = "2026",
        ["DateAccuracy"] = "EXACT",
        ["OccurredTime"] = "14:15",
        ["TimeAccuracy"] = "EXACT",
        ["AwareDay"] = "20",
        ["AwareMonth"] = "11",
        ["AwareYear"] = "2026",
        ["AwareTime"] = "16:30",
    };

    public static Dictionary<string, string> Description(string typeId) => new()
    {
        ["Location"] = "Lounge room",
        ["Description"] = "The client said a staff member pushed her.",
        ["Impact"] = "Major",
        ["PrimaryTypeId"] = typeId,
    };

    public static Dictionary<string, string> Client(string given) => new()
    {
        ["IdentifierType"] = "CRIS",
        ["Identifier"] = "100234",
        ["Surname"] = "Citizen",
        ["GivenName"] = given,
        ["BirthDay"] = "17",
        ["BirthMonth"] = "5",
        ["BirthYear"] = "1990",
        ["Sex"] = "2",
        ["IndigenousStatus"] = "4",
        ["Street"] = "2 High St",
        ["Suburb"] = "Benalla",
        ["State"] = "VIC",
        ["Postcode"] = "3672",
        ["Impact"] = "Major",
        ["Allegations"] = "Allegation 1 – physical abuse",
    };

    public static Dictionary<string, string> StaffSubject() => new()
    {
        ["Role"] = "SubjectOfAllegation",
        ["AllegationRole"] = "Staff",
        ["Name"] = "Pat Staff",
        ["StaffPosition"] = "Support worker",
    };

    public static Dictionary<string, string> Actions() => new()
    {
        ["Taken"] = "SAFETY",
        ["PoliceReference"] = "",
        ["OtherDetails"] = "",
    };

    /// <summary>The option values a page offers for a select: (value, text).</summary>
    public static List<(string Value, string Text)> Options(IHtmlDocument page, string selectId) =>
        [.. page.QuerySelectorAll($"#{selectId} option").Where(o => o.GetAttribute("value") is { Length: > 0 })
            .Select(o => (o.GetAttribute("value")!, o.TextContent.Trim()))];

    /// <summary>Starts a report and saves every step up to the declaration.</summary>
    public static async Task<int> FillAsync(FormClient client, string firstClient = "Jo")
    {
        var id = await StartAsync(client);
        var service = await client.GetPageAsync(Url(id, "Service"));
        var serviceType = Options(service, "ServiceTypeId")[0].Value;
        var program = service.QuerySelector($"#ServiceTypeId option[value='{serviceType}']")!.ParentElement!.GetAttribute("data-program")!;
        await Expect(PostAsync(client, Url(id, "Service"), Service(program, serviceType, Options(service, "AreaId")[0].Value)), Url(id, "Officer"));
        await Expect(PostAsync(client, Url(id, "Officer"), Officer()), Url(id, "Dates"));
        await Expect(PostAsync(client, Url(id, "Dates"), Dates()), Url(id, "Description"));
        var description = await client.GetPageAsync(Url(id, "Description"));
        var physical = Options(description, "PrimaryTypeId").Single(o => o.Text == "Physical abuse").Value;
        await Expect(PostAsync(client, Url(id, "Description"), Description(physical)), Url(id, "Clients"));
        await Expect(PostAsync(client, Url(id, "Clients/Add"), Client(firstClient)), Url(id, "Clients"));
        await Expect(PostAsync(client, Url(id, "Clients/Add"), Client("Sam")), Url(id, "Clients"));
        await Expect(PostAsync(client, Url(id, "Clients"), []), Url(id, "Others"));
        await Expect(PostAsync(client, Url(id, "Others/Add"), StaffSubject()), Url(id, "Others"));
        await Expect(PostAsync(client, Url(id, "Others"), []), Url(id, "Actions"));
        await Expect(PostAsync(client, Url(id, "Actions"), Actions()), Url(id, "Attachments"));
        return id;
    }

    private static async Task Expect(Task<HttpResponseMessage> post, string location)
    {
        var response = await post;
        var body = response.StatusCode == HttpStatusCode.Redirect ? "" : await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect to {location}, got {response.StatusCode}: {ErrorsOf(body)}");
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    private static string ErrorsOf(string body)
    {
        var start = body.IndexOf("error-summary", StringComparison.Ordinal);
        return start < 0 ? body[..Math.Min(body.Length, 500)] : body.Substring(start, Math.Min(800, body.Length - start));
    }
}
