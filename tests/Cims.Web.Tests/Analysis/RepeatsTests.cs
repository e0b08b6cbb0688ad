using System.Net;
using System.Text.RegularExpressions;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Analysis;

/// <summary>
/// Repeat clients and subjects in 2025: Alex Smith is in three incidents at two organisations (matched once on name and
/// date of birth, whatever the case and spaces, and once on identifier, whatever the spelling of the name); the subject
/// Pat Staff in two. A client without a date of birth, and a one-word subject ("Unknown"), match no one.
/// </summary>
public abstract partial class RepeatsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string Staff = "staff@department.example";
    private const string Analyst = "analyst@department.example";
    private const string Year = "?From=01/01/2025&To=31/12/2025";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly Dictionary<TApp, int[]> Seeded = [];

    private async Task<int[]> SeedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (Seeded.TryGetValue(app, out var ids))
                return ids;
            ids =
            [
                await IncidentAsync("reporter@agency-one.example", 3, ("Alex", "Smith", new DateOnly(2001, 2, 3), "555"), ("Sam", "Other", new DateOnly(1980, 1, 1), null), "Pat Staff"),
                await IncidentAsync("reporter@agency-two.example", 4, (" alex", "SMITH ", new DateOnly(2001, 2, 3), null), ("Sam", "Other", null, null), "pat staff"),
                await IncidentAsync("reporter@agency-one.example", 5, ("Alex", "Smyth", new DateOnly(2001, 2, 4), " 555"), ("Robin", "Solo", new DateOnly(1970, 1, 1), "999"), "Unknown"),
                await IncidentAsync("reporter@agency-two.example", 6, ("Unique", "Person", new DateOnly(1970, 1, 1), "777"), ("Robin", "Solo", new DateOnly(1971, 1, 1), null), "Unknown"),
            ];
            Seeded[app] = ids;
            return ids;
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task<int> IncidentAsync(
        string reporter, int month, (string Given, string Surname, DateOnly? Born, string? Id) first, (string Given, string Surname, DateOnly? Born, string? Id) second, string subject)
    {
        var id = await IncidentBuilder.CreateAsync(app, reporter, IncidentStatus.SubmittedToDepartment, ImpactLevel.Major, new DateOnly(2025, month, 10));
        await app.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == id);
            foreach (var (client, (given, surname, born, identifier)) in incident.Clients.OrderBy(c => c.Position).Zip([first, second]))
            {
                client.GivenName = given;
                client.Surname = surname;
                client.DateOfBirth = born;
                client.IdentifierType = identifier is null ? "NA" : "CRIS";
                client.Identifier = identifier;
            }

            incident.Others[0].Name = subject;
            return await db.SaveChangesAsync();
        });
        return id;
    }

    private static string[] Cells(AngleSharp.Dom.IElement row) => [.. row.Children.Select(c => c.TextContent.Trim())];

    [GeneratedRegex("^[CS]-[A-Z2-9]{8}$")]
    private static partial Regex KeyShape();

    [Fact]
    public async Task Repeats_DepartmentStaff_SeeAlexUnderAKeyInThreeIncidentsAtTwoOrganisations_NamedNowhere()
    {
        await SeedAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);

        var page = await staff.GetPageAsync("/Analysis/Repeats" + Year);
        var again = await staff.GetPageAsync("/Analysis/Repeats" + Year + "&Across=true");
        var csv = await (await staff.Http.GetAsync("/Analysis/Repeats.csv" + Year)).Content.ReadAsStringAsync();

        var row = Assert.Single(page.QuerySelectorAll("#repeats tbody tr"));
        var key = row.GetAttribute("data-key")!;
        Assert.Matches(KeyShape(), key);
        Assert.StartsWith("C-", key);
        Assert.Equal([key, "3", "2", "09/03/2025", "09/05/2025"], Cells(row).Take(5));
        Assert.Equal(key, Assert.Single(again.QuerySelectorAll("#repeats tbody tr")).GetAttribute("data-key"));
        Assert.DoesNotContain("Smith", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sam", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{key},3,2,", lines[1]);
        Assert.DoesNotContain("Smith", csv, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Repeats_Subjects_MatchOnTheFullNameOnly()
    {
        await SeedAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);

        var page = await staff.GetPageAsync("/Analysis/Repeats" + Year + "&Person=Subjects");

        var row = Assert.Single(page.QuerySelectorAll("#repeats tbody tr"));
        Assert.StartsWith("S-", row.GetAttribute("data-key"));
        Assert.Equal("2", Cells(row)[1]);
        Assert.Contains("Staff", Cells(row)[^1]);
        Assert.DoesNotContain("Pat", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reveal_WithAReason_ShowsWhoAndRecordsTheReason_WithoutOne_SaysSoAndRecordsNothing()
    {
        await SeedAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);
        var key = (await staff.GetPageAsync("/Analysis/Repeats" + Year)).QuerySelector("#repeats tbody tr")!.GetAttribute("data-key")!;
        var url = $"/Analysis/Repeats/{key}/Reveal{Year}&Person=Clients";

        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "repeat.revealed" && a.UserName == Staff));
        var form = await staff.GetPageAsync(url);
        var token = form.QuerySelector("form[action*='/Reveal'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var blank = await staff.PostWithTokenAsync(url, token, [new("Reason", "  ")]);
        var blankPage = await FormClient.ParseAsync(blank);
        var afterBlank = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "repeat.revealed" && a.UserName == Staff));
        var revealed = await FormClient.ParseAsync(await staff.PostWithTokenAsync(url, token, [new("Reason", "Checking the client is safe with both providers.")]));

        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.Contains("Give the reason", blankPage.QuerySelector("#Reason-error")!.TextContent);
        Assert.Contains("Give the reason", blankPage.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Null(blankPage.QuerySelector("#revealed"));
        Assert.Equal(before, afterBlank);
        var names = revealed.QuerySelectorAll("#revealed tbody tr").Select(r => r.Children[2].TextContent.Trim()).ToList();
        Assert.Equal(["Alex Smith", "alex SMITH", "Alex Smyth"], names);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "repeat.revealed" && a.EntityId == key && a.Details!.Contains("both providers")));
        Assert.Contains("Reason: Checking the client is safe with both providers.", entry.Details);
        Assert.Equal(Staff, entry.UserName);
    }

    [Fact]
    public async Task Reveal_Analyst_SeesKeysButMayNotReveal()
    {
        await SeedAsync();
        var analyst = await FormClient.SignedInAsync(app, Analyst);
        var staff = await FormClient.SignedInAsync(app, Staff);
        var key = (await staff.GetPageAsync("/Analysis/Repeats" + Year)).QuerySelector("#repeats tbody tr")!.GetAttribute("data-key")!;

        var page = await analyst.GetPageAsync("/Analysis/Repeats" + Year);
        var get = await analyst.Http.GetAsync($"/Analysis/Repeats/{key}/Reveal{Year}");
        var analystToken = FormClient.Token(page);
        var post = await analyst.PostWithTokenAsync($"/Analysis/Repeats/{key}/Reveal{Year}", analystToken, [new("Reason", "I would like to know who this is.")]);

        Assert.Equal(key, Assert.Single(page.QuerySelectorAll("#repeats tbody tr")).GetAttribute("data-key"));
        Assert.Empty(page.QuerySelectorAll("#repeats a"));
        Assert.NotEqual(HttpStatusCode.OK, get.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "repeat.revealed" && a.UserName == Analyst)));
    }

    [Fact]
    public async Task Repeats_Delegate_SeesTheirOwnOrganisationsRepeatsOnly_AndCannotRevealAnothersKey()
    {
        await SeedAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);
        var key = (await staff.GetPageAsync("/Analysis/Repeats" + Year)).QuerySelector("#repeats tbody tr")!.GetAttribute("data-key")!;
        var delegateOne = await FormClient.SignedInAsync(app, "delegate@agency-one.example");
        var delegateTwo = await FormClient.SignedInAsync(app, "delegate@agency-two.example");

        var one = await delegateOne.GetPageAsync("/Analysis/Repeats" + Year);
        var oneAcross = await delegateOne.GetPageAsync("/Analysis/Repeats" + Year + "&Across=true");
        var two = await delegateTwo.GetPageAsync("/Analysis/Repeats" + Year);
        var twoReveal = await delegateTwo.Http.GetAsync($"/Analysis/Repeats/{key}/Reveal{Year}");
        var oneReveal = await FormClient.ParseAsync(await delegateOne.PostFormAsync(
            $"/Analysis/Repeats/{key}/Reveal{Year}", $"/Analysis/Repeats/{key}/Reveal{Year}", new() { ["Reason"] = "Our client in two of our incidents." }));

        var row = Assert.Single(one.QuerySelectorAll("#repeats tbody tr"));
        Assert.Equal([key, "2", "1"], Cells(row).Take(3));
        Assert.Empty(oneAcross.QuerySelectorAll("#repeats tbody tr"));
        Assert.Empty(two.QuerySelectorAll("#repeats tbody tr"));
        Assert.Equal(HttpStatusCode.NotFound, twoReveal.StatusCode);
        Assert.Equal(["Alex Smith", "Alex Smyth"], oneReveal.QuerySelectorAll("#revealed tbody tr").Select(r => r.Children[2].TextContent.Trim()));
    }
}

public sealed class SqliteRepeatsTests(SqliteApp app) : RepeatsTests<SqliteApp>(app);

public sealed class PostgresRepeatsTests(PostgresApp app) : RepeatsTests<PostgresApp>(app);
