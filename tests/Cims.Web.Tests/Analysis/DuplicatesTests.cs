using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Analysis;

/// <summary>
/// Likely duplicates on 9 March 2025 in Shepparton: Alex Smith reported by agency one (A) and, as "alex SMITH", by agency
/// two (B); agency one again (D, the same organisation as A, so no pair with A but one with B); agency two the next day
/// (C, no pair); and Kim One by agency two in Wodonga (E: the same client as A's Kim, another place, no pair).
/// </summary>
public abstract class DuplicatesTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private const string Staff = "staff@department.example";
    private const string One = "reporter@agency-one.example";
    private const string Two = "reporter@agency-two.example";
    private static readonly DateOnly Born = new(2001, 2, 3);
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly Dictionary<TApp, Seeded> Done = [];

    private sealed record Seeded(int A, int B, int C, int D, int E);

    private async Task<Seeded> SeedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (!Done.TryGetValue(app, out var seeded))
            {
                Done[app] = seeded = new Seeded(
                    await IncidentAsync(One, 10, ("Alex", "Smith", Born, null), ("Kim", "One", new DateOnly(1990, 1, 1), "111")),
                    await IncidentAsync(Two, 10, ("alex", "SMITH ", Born, null), ("Lee", "Two", new DateOnly(1991, 1, 1), "222")),
                    await IncidentAsync(Two, 11, ("Alex", "Smith", Born, null), ("Lee", "Three", new DateOnly(1992, 1, 1), "333")),
                    await IncidentAsync(One, 10, ("Alex", "Smith", Born, null), ("Lee", "Four", new DateOnly(1993, 1, 1), "444")),
                    await IncidentAsync(Two, 10, ("Kimberley", "One", null, " 111"), ("Lee", "Five", new DateOnly(1994, 1, 1), "555"), "Wodonga", "3690"));
            }

            return seeded;
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task<int> IncidentAsync(
        string reporter, int day, (string Given, string Surname, DateOnly? Born, string? Id) first, (string Given, string Surname, DateOnly? Born, string? Id) second,
        string suburb = "Shepparton", string postcode = "3630")
    {
        var id = await IncidentBuilder.CreateAsync(app, reporter, IncidentStatus.SubmittedToDepartment, ImpactLevel.Major, new DateOnly(2025, 3, day));
        await app.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == id);
            foreach (var (client, (given, surname, born, identifier)) in incident.Clients.OrderBy(c => c.Position).Zip([first, second]))
                (client.GivenName, client.Surname, client.DateOfBirth, client.IdentifierType, client.Identifier) = (given, surname, born, identifier is null ? "NA" : "CRIS", identifier);
            var address = db.Entry(incident).Reference(i => i.Service).TargetEntry!.Reference(s => s.ServiceAddress).TargetEntry!;
            address.Property(a => a.Suburb).CurrentValue = suburb;
            address.Property(a => a.Postcode).CurrentValue = postcode;
            return await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task Duplicates_Staff_SeeTheSuggestedPairs_CompareOne_DismissWithAReason_LinkAnother_AndNeitherIsSuggestedAgain()
    {
        var s = await SeedAsync();
        var staff = await FormClient.SignedInAsync(app, Staff);

        var list = await staff.GetPageAsync("/Analysis/Duplicates?From=01/03/2025&To=31/03/2025");
        var compare = await staff.GetPageAsync($"/Analysis/Duplicates/{s.B}/{s.A}");
        var notSuggested = await staff.Http.GetAsync($"/Analysis/Duplicates/{s.A}/{s.E}");
        var url = $"/Analysis/Duplicates/{s.A}/{s.B}";
        var token = compare.QuerySelector("form[action] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var blank = await FormClient.ParseAsync(await staff.PostWithTokenAsync(url, token, [new("Verdict", "Dismissed"), new("Reason", " ")]));
        var storedAfterBlank = await app.WithDbAsync(db => db.DuplicateDecisions.CountAsync(d => d.IncidentId == s.A));
        var dismissed = await staff.PostWithTokenAsync(url, token, [new("Verdict", "Dismissed"), new("Reason", "Two different outings: one at the pool, one at home.")]);
        var linked = await staff.PostWithTokenAsync($"/Analysis/Duplicates/{s.B}/{s.D}", token, [new("Verdict", "Linked")]);
        var again = await FormClient.ParseAsync(await staff.PostWithTokenAsync($"/Analysis/Duplicates/{s.D}/{s.B}", token, [new("Verdict", "Dismissed"), new("Reason", "Changed my mind.")]));
        var after = await staff.GetPageAsync("/Analysis/Duplicates?From=01/03/2025&To=31/03/2025");
        var linkedPage = await staff.GetPageAsync($"/Incidents/{s.D}");
        var dismissedPage = await staff.GetPageAsync($"/Incidents/{s.A}");
        var delegateOne = await FormClient.SignedInAsync(app, "delegate@agency-one.example");
        var ownPage = await delegateOne.GetPageAsync($"/Incidents/{s.D}");

        Assert.Equal([$"{s.A}-{s.B}", $"{s.B}-{s.D}"], list.QuerySelectorAll("#duplicates tbody tr").Select(r => r.GetAttribute("data-pair")!).Order());
        Assert.Contains("the same name and date of birth", compare.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, notSuggested.StatusCode);
        Assert.Contains("Say why these are not the same incident.", blank.QuerySelector("#Reason-error")!.TextContent);
        Assert.Contains("Say why these are not the same incident.", blank.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Equal(0, storedAfterBlank);
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Contains("already decided", again.QuerySelector("[data-error-summary]")!.TextContent);
        Assert.Empty(after.QuerySelectorAll("#duplicates tbody tr"));
        var bNumber = await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == s.B).Select(i => i.Number).SingleAsync());
        Assert.Equal(bNumber, linkedPage.QuerySelector("#linked-reports a")!.TextContent.Trim());
        Assert.Null(dismissedPage.QuerySelector("#linked-reports"));
        Assert.Null(ownPage.QuerySelector("#linked-reports"));
        Assert.Equal(2, after.QuerySelectorAll("#duplicate-decisions tbody tr").Length);
        var decisions = await app.WithDbAsync(db => db.DuplicateDecisions.OrderBy(d => d.IncidentId).ToListAsync());
        Assert.Equal([(s.A, s.B, DuplicateVerdict.Dismissed), (s.B, s.D, DuplicateVerdict.Linked)], decisions.Select(d => (d.IncidentId, d.OtherIncidentId, d.Verdict)));
        Assert.All(decisions, d => Assert.NotEmpty(d.DecidedByName));
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "duplicate.linked" || a.Action == "duplicate.dismissed")));
    }

    [Theory]
    [InlineData("analyst@department.example")]
    [InlineData("delegate@agency-one.example")]
    public async Task Duplicates_OthersThanDepartmentStaff_AreRefused(string email)
    {
        var s = await SeedAsync();
        var user = await FormClient.SignedInAsync(app, email);
        var token = FormClient.Token(await user.GetPageAsync("/"));

        var list = await user.Http.GetAsync("/Analysis/Duplicates");
        var compare = await user.Http.GetAsync($"/Analysis/Duplicates/{s.A}/{s.C}");
        var post = await user.PostWithTokenAsync($"/Analysis/Duplicates/{s.A}/{s.C}", token, [new("Verdict", "Linked")]);

        Assert.All([list, compare, post], r => Assert.Contains("AccessDenied", r.Headers.Location?.ToString()));
        Assert.Equal(0, await app.WithDbAsync(db => db.DuplicateDecisions.CountAsync(d => d.OtherIncidentId == s.C)));
    }
}

public sealed class SqliteDuplicatesTests(SqliteApp app) : DuplicatesTests<SqliteApp>(app);

public sealed class PostgresDuplicatesTests(PostgresApp app) : DuplicatesTests<PostgresApp>(app);
