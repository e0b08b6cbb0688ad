using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Department.DepartmentPages;

namespace Cims.Web.Tests.Incidents.Department;

public abstract class DepartmentIncidentsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task List_DepartmentStaff_SeesSubmittedFromBothAgenciesButNotDraftsOrAwaitingEndorsement()
    {
        var one = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var two = await IncidentBuilder.CreateAsync(app, "reporter@agency-two.example", IncidentStatus.SubmittedToDepartment);
        var draft = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var awaiting = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var numbers = Numbers(await client.GetPageAsync(List + "?Status=FollowUpDetermined&From=23/11/2026&To=23/11/2026"));
        var all = Numbers(await client.GetPageAsync(List));

        Assert.Contains(await NumberAsync(app, one), numbers);
        Assert.Contains(await NumberAsync(app, two), numbers);
        Assert.DoesNotContain($"Incident {draft}", all);
        Assert.DoesNotContain($"Incident {awaiting}", all);
        Assert.All(all, n => Assert.StartsWith("IRD-", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_FilterByAreaImpactAndOrganisation_NarrowsTheList()
    {
        var major = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var nonMajor = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, impact: ImpactLevel.NonMajor);
        var other = await IncidentBuilder.CreateAsync(app, "reporter@agency-two.example", IncidentStatus.SubmittedToDepartment);
        var area = await AreaOfAsync(app, major);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var byArea = Numbers(await client.GetPageAsync($"{List}?AreaId={area}"));
        var byImpact = Numbers(await client.GetPageAsync($"{List}?AreaId={area}&Impact=NonMajor"));
        var organisationTwo = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Organisations.Where(o => o.Name.StartsWith("Agency Two")).Select(o => o.Id)));
        var byOrganisation = Numbers(await client.GetPageAsync($"{List}?OrganisationId={organisationTwo}&Impact=Major"));

        Assert.Contains(await NumberAsync(app, major), byArea);
        Assert.DoesNotContain(await NumberAsync(app, other), byArea);
        Assert.Contains(await NumberAsync(app, nonMajor), byImpact);
        Assert.DoesNotContain(await NumberAsync(app, major), byImpact);
        Assert.Contains(await NumberAsync(app, other), byOrganisation);
        Assert.DoesNotContain(await NumberAsync(app, major), byOrganisation);
    }

    [Fact]
    public async Task List_FilterByStatusNeedsScreeningAndDates_NarrowsTheList()
    {
        var screening = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 3, 4));
        var determined = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var needsScreening = Numbers(await client.GetPageAsync($"{List}?NeedsScreening=true"));
        var byStatus = Numbers(await client.GetPageAsync($"{List}?Status=FollowUpDetermined"));
        var sameDay = Numbers(await client.GetPageAsync($"{List}?From=23/11/2026&To=23/11/2026&NeedsScreening=true"));
        var later = await client.GetPageAsync($"{List}?From=24/11/2026");

        Assert.Contains(await NumberAsync(app, screening), needsScreening);
        Assert.DoesNotContain(await NumberAsync(app, determined), needsScreening);
        Assert.Contains(await NumberAsync(app, determined), byStatus);
        Assert.DoesNotContain(await NumberAsync(app, screening), byStatus);
        Assert.Contains(await NumberAsync(app, screening), sameDay);
        Assert.Empty(Numbers(later));
        Assert.Contains("No incidents match your filters.", later.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NeedsScreening_ComesFirstWithAScreenLink()
    {
        await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var screening = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 3, 4));
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var page = await client.GetPageAsync(List);

        var firstRow = page.QuerySelector("#incidents-caption")!.ParentElement!.QuerySelector("tbody tr")!;
        Assert.Contains("Department screening", firstRow.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='{Screen(screening)}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Incidents/{screening}']"));
    }

    [Theory]
    [InlineData("32/11/2026", "", "From")]
    [InlineData("", "not a date", "To")]
    [InlineData("24/11/2026", "23/11/2026", "To")]
    public async Task List_BadDates_ShowMessageBesideTheField(string from, string to, string field)
    {
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var page = await client.GetPageAsync($"{List}?From={Uri.EscapeDataString(from)}&To={Uri.EscapeDataString(to)}");

        Assert.NotEmpty(page.QuerySelector($"#{field}-error")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Null(page.QuerySelector("#incidents-caption"));
    }

    [Fact]
    public async Task List_MoreThan25_PagesAndKeepsTheFiltersInThePagerLinks()
    {
        for (var i = 0; i < 26; i++)
            await IncidentBuilder.CreateAsync(app, "reporter@agency-two.example", IncidentStatus.SubmittedToDepartment, ImpactLevel.NonMajor);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var first = await client.GetPageAsync($"{List}?Impact=NonMajor&Status=SubmittedToDepartment");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetPageAsync(next);

        Assert.Equal(25, Numbers(first).Count);
        Assert.Contains("Impact=NonMajor", next, StringComparison.Ordinal);
        Assert.Contains("Status=SubmittedToDepartment", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.NotEmpty(Numbers(second));
        Assert.Empty(Numbers(first).Intersect(Numbers(second)));
    }

    [Fact]
    public async Task List_Summary_CountsByAreaAndImpact()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var area = await AreaOfAsync(app, id);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var page = await client.GetPageAsync($"{List}?AreaId={area}&Impact=Major");

        var summary = page.QuerySelector("#summary-caption")!.ParentElement!;
        var total = summary.QuerySelector("tfoot tr")!.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, summary.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(0, total[1]);
        Assert.Equal(total[0], total[2]);
        Assert.Equal(Numbers(page).Count, total[2]);
    }

    [Theory]
    [InlineData("reporter@agency-one.example")]
    [InlineData("delegate@agency-one.example")]
    public async Task List_ProviderUser_GetsAccessDenied(string email)
    {
        var client = await FormClient.SignedInAsync(app, email);

        var response = await client.Http.GetAsync(List);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Analyst_CanViewButNotScreen()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 3, 4));
        var client = await FormClient.SignedInAsync(app, "analyst@department.example");

        var page = await client.GetPageAsync(List);
        var post = await client.PostWithTokenAsync(Screen(id), FormClient.Token(page), [new("FollowUp", "Investigation")]);

        Assert.Contains(await NumberAsync(app, id), Numbers(page));
        Assert.Null(page.QuerySelector($"a[href='{Screen(id)}']"));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class SqliteDepartmentIncidentsTests(SqliteApp app) : DepartmentIncidentsTests<SqliteApp>(app);

public sealed class PostgresDepartmentIncidentsTests(PostgresApp app) : DepartmentIncidentsTests<PostgresApp>(app);
