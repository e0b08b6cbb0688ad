using System.Net;
using Cims.Domain.Reference;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.ReferenceData.PageForms;

namespace Cims.Web.Tests.ReferenceData;

public abstract class ReferenceDataPagesTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private Task<FormClient> AdminAsync() => FormClient.SignedInAsync(app, AdminEmail);

    [Fact]
    public async Task Index_Admin_LinksEveryList()
    {
        var page = await (await AdminAsync()).GetPageAsync("/ReferenceData");

        var links = page.QuerySelectorAll("main a").Select(a => a.TextContent.Trim()).ToList();
        string[] structure = ["Divisions", "Areas", "Programs", "Service types", "Incident categories", "Incident types"];
        Assert.All(structure.Concat(OptionLists.Titles.Values), title => Assert.Contains(title, links));
        Assert.Contains("Victorian public holidays", links);
    }

    [Fact]
    public async Task Areas_Admin_ShowsSeventeenSeededAreasWithTheirDivisions()
    {
        var rows = Rows(await (await AdminAsync()).GetPageAsync("/ReferenceData/areas"));

        var expected = ReferenceCatalogue.DivisionsAndAreas.SelectMany(d => d.Areas.Select(a => (d.Division, a))).ToList();
        Assert.Equal(17, rows.Count);
        Assert.Equal(expected, rows.Select(r => (r[0], r[1])));
        Assert.All(rows, r => Assert.Equal("Current", r[3]));
    }

    [Fact]
    public async Task PrivacyPrinciples_Admin_ShowsIppAndHppCodes()
    {
        var rows = Rows(await (await AdminAsync()).GetPageAsync("/ReferenceData/PrivacyPrinciple"));

        var codes = rows.Select(r => r[1]).ToList();
        Assert.All(Enumerable.Range(1, 10), i => Assert.Contains($"IPP{i}", codes));
        Assert.All(Enumerable.Range(1, 11), i => Assert.Contains($"HPP{i}", codes));
        Assert.Contains(rows, r => r[0] == "HPP 11 – Making Information Available to Another Health Service Provider");
    }

    [Theory]
    [InlineData("/ReferenceData/no-such-list")]
    [InlineData("/ReferenceData/divisions/99999/Edit")]
    [InlineData("/ReferenceData/no-such-list/Add")]
    public async Task UnknownListOrId_Admin_Returns404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await (await AdminAsync()).Http.GetAsync(url)).StatusCode);

    [Theory]
    [InlineData("reporter@agency-one.example", "/ReferenceData")]
    [InlineData("reporter@agency-one.example", "/Holidays")]
    [InlineData("orgadmin@agency-one.example", "/ReferenceData/areas")]
    [InlineData("orgadmin@agency-one.example", "/Holidays")]
    [InlineData("staff@department.example", "/ReferenceData")]
    public async Task AdminPages_NotCimsAdministrator_AccessDenied(string email, string url)
    {
        var response = await (await FormClient.SignedInAsync(app, email)).Http.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, response.StatusCode.ToString());
        if (response.StatusCode == HttpStatusCode.Redirect)
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }
}

public sealed class SqliteReferenceDataPagesTests(SqliteApp app) : ReferenceDataPagesTests<SqliteApp>(app);

public sealed class PostgresReferenceDataPagesTests(PostgresApp app) : ReferenceDataPagesTests<PostgresApp>(app);
