using AngleSharp.Html.Dom;
using Cims.Domain.Privacy;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Stage 5 from a browser without JavaScript: a valid person's fields, and posting a page's form with its version and token.</summary>
public static class PeoplePages
{
    public const string List = "/PrivacyReport/People";

    public const string Add = List + "/Add";

    public static string Edit(int personId) => $"{List}/{personId}/Edit";

    public static string Delete(int personId) => $"{List}/{personId}/Delete";

    /// <summary>A client with a CRIS number, a date of birth and two principles.</summary>
    public static List<KeyValuePair<string, string>> Client() =>
    [
        new("IdentifierType", "CRIS"),
        new("Identifier", "C-12345"),
        new("Surname", "Nguyen"),
        new("GivenName", "Mai"),
        new("Sex", "2"),
        new("IndigenousStatus", "4"),
        new("BirthDay", "7"),
        new("BirthMonth", "3"),
        new("BirthYear", "1984"),
        new("Street", "5 Station Street"),
        new("Suburb", "Seymour"),
        new("State", "VIC"),
        new("Postcode", "3660"),
        new("ManualAddress", "true"),
        new("Relationship", PrivacyPerson.ClientRelationship),
        new("SafetyNeedsMet", "YES"),
        new("Principles", "IPP2"),
        new("Principles", "HPP4"),
    ];

    /// <summary>A member of the public: no identifier and no date of birth.</summary>
    public static List<KeyValuePair<string, string>> MemberOfThePublic() =>
    [
        .. Client().Where(f => f.Key is not ("Identifier" or "BirthDay" or "BirthMonth" or "BirthYear" or "IdentifierType" or "Relationship" or "SafetyNeedsMet")),
        new("IdentifierType", PrivacyPerson.NotApplicable),
        new("Relationship", "PUBLIC"),
        new("SafetyNeedsMet", "NA"),
    ];

    /// <summary>The fields with <paramref name="key"/> set to <paramref name="value"/> (removed when null).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string key, string? value) =>
        [.. fields.Where(f => f.Key != key), .. value is null ? [] : new[] { new KeyValuePair<string, string>(key, value) }];

    /// <summary>GETs <paramref name="pageUrl"/>, then posts the fields to <paramref name="postUrl"/> (the page itself by default) with the page's version and token.</summary>
    public static async Task<HttpResponseMessage> PostPageAsync(this FormClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await client.GetPageAsync(pageUrl);
        return await client.PostWithTokenAsync(postUrl ?? pageUrl, FormClient.Token(page), [.. fields, new("Version", PrivacyClient.Version(page))]);
    }

    public static Task<List<PrivacyPerson>> PeopleAsync(CimsAppFactory app, int reportId) => app.WithDbAsync(async db =>
        (await db.PrivacyReports.AsNoTracking().SingleAsync(r => r.Id == reportId)).People.OrderBy(p => p.Position).ToList());

    public static string? Value(this IHtmlDocument page, string id) => page.QuerySelector($"#{id}")?.GetAttribute("value");

    public static string? SelectedOption(this IHtmlDocument page, string id) => page.QuerySelector($"#{id} option[selected]")?.GetAttribute("value");
}
