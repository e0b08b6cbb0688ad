using System.Globalization;
using System.Net;
using Cims.Domain.Organisations;
using Cims.Domain.Reference;
using Cims.Web.Data.Seeding;
using Cims.Web.Features.Admin.Organisations;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Admin.AdminTestData;

namespace Cims.Web.Tests.Admin;

public abstract class OrganisationAdminTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Create_ValidForm_SavesRedirectsAndAudits()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var name = Unique("Create Test Services");
        var page = await admin.GetPageAsync("/Organisations/Create");
        var areaId = page.QuerySelector("input[name=AreaIds]")!.GetAttribute("value")!;
        var typeId = page.QuerySelector("input[name=ServiceTypeIds]")!.GetAttribute("value")!;

        var response = await admin.PostWithTokenAsync("/Organisations/Create", FormClient.Token(page), new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Abn"] = "51 824 753 556",
            ["Kind"] = "FundedAgency",
            ["AreaIds"] = areaId,
            ["ServiceTypeIds"] = typeId,
        });

        var id = await OrganisationIdAsync(app, name);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Organisations/Details/{id}", response.Headers.Location!.OriginalString);
        var saved = await app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal("51824753556", saved.Abn);
        Assert.Equal([int.Parse(areaId, CultureInfo.InvariantCulture)], saved.Areas.Select(a => a.AreaId));
        Assert.Equal([int.Parse(typeId, CultureInfo.InvariantCulture)], saved.ServiceTypes.Select(s => s.ServiceTypeId));
        var audit = Assert.Single(await AuditAsync(app, id.ToString(CultureInfo.InvariantCulture)), a => a.EntityType == "Organisation");
        Assert.Equal("organisation.created", audit.Action);
        Assert.Equal(CimsAdmin, audit.UserName);
        Assert.Contains($"Name: (none) → {name}", audit.Details);
    }

    [Fact]
    public async Task Create_DuplicateName_ShowsMessageBesideName()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var response = await admin.PostFormAsync("/Organisations/Create", "/Organisations/Create",
            new() { ["Name"] = DemoAccounts.AgencyOne.ToUpperInvariant(), ["Kind"] = "FundedAgency" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(OrganisationErrors.DuplicateName.Message, Text(page, "#Name-error"));
    }

    [Fact]
    public async Task Create_AbnAnotherOrganisationHas_ShowsMessageBesideAbnAndStoresNothing()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var first = Unique("Abn Holder");
        var second = Unique("Abn Copier");
        var created = await admin.PostFormAsync("/Organisations/Create", "/Organisations/Create",
            new() { ["Name"] = first, ["Abn"] = "83 000 000 570", ["Kind"] = "FundedAgency" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var response = await admin.PostFormAsync("/Organisations/Create", "/Organisations/Create",
            new() { ["Name"] = second, ["Abn"] = "83000000570", ["Kind"] = "FundedAgency" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(OrganisationAdminErrors.DuplicateAbn.Message, Text(page, "#Abn-error"));
        Assert.Equal(second, Value(page, "Name"));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == second)));
    }

    [Fact]
    public async Task Create_InvalidAbn_ShowsMessageAndKeepsInput()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var name = Unique("Abn Test");

        var response = await admin.PostFormAsync("/Organisations/Create", "/Organisations/Create",
            new() { ["Name"] = name, ["Abn"] = "51 824 753 557", ["Kind"] = "FundedAgency" });

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("valid ABN", Text(page, "#Abn-error"));
        Assert.Equal(name, Value(page, "Name"));
        Assert.Equal("51 824 753 557", Value(page, "Abn"));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name)));
    }

    [Fact]
    public async Task Create_Form_OffersOnlyAreasValidToday()
    {
        var retiredId = await app.WithDbAsync(async db =>
        {
            var area = Area.Create(await db.Divisions.Select(d => d.Id).FirstAsync(), Unique("Retired area"), 99);
            area.Edit(area.Name, 99, null, new DateOnly(2000, 1, 1));
            db.Areas.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        });
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var page = await admin.GetPageAsync("/Organisations/Create");

        var offered = page.QuerySelectorAll("input[name=AreaIds]").Select(i => i.GetAttribute("value")).ToList();
        Assert.NotEmpty(offered);
        Assert.DoesNotContain(retiredId.ToString(CultureInfo.InvariantCulture), offered);
        Assert.Contains("North – Loddon", page.QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task Edit_NewNameAndKeptVersion_SavesAndAuditsChange()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var name = Unique("Edit Test");
        var id = await CreateOrganisationAsync(app, admin, name);
        var page = await admin.GetPageAsync($"/Organisations/Edit/{id}");

        var response = await admin.PostWithTokenAsync($"/Organisations/Edit/{id}", FormClient.Token(page), new Dictionary<string, string>
        {
            ["Name"] = name + " Renamed",
            ["Kind"] = "FundedAgency",
            ["Version"] = Value(page, "Version")!,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(name + " Renamed", await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
        var audit = (await AuditAsync(app, id.ToString(CultureInfo.InvariantCulture))).Last();
        Assert.Equal("organisation.updated", audit.Action);
        Assert.Equal($"Name: {name} → {name} Renamed", audit.Details);
    }

    [Fact]
    public async Task Edit_AgreesToBeNamedInLessons_SavesShowsItCheckedAndAuditsIt()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var name = Unique("Lessons Consent");
        var id = await CreateOrganisationAsync(app, admin, name);
        var page = await admin.GetPageAsync($"/Organisations/Edit/{id}");

        var response = await admin.PostWithTokenAsync($"/Organisations/Edit/{id}", FormClient.Token(page), new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Kind"] = "FundedAgency",
            ["NamedInLessons"] = "true",
            ["Version"] = Value(page, "Version")!,
        });
        var again = await admin.GetPageAsync($"/Organisations/Edit/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(page.QuerySelector("#NamedInLessons")!.GetAttribute("checked"));
        Assert.NotNull(again.QuerySelector("#NamedInLessons")!.GetAttribute("checked"));
        Assert.True(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.NamedInLessons).SingleAsync()));
        Assert.Equal("Named in the lessons library: no → yes", (await AuditAsync(app, id.ToString(CultureInfo.InvariantCulture))).Last().Details);
    }

    [Fact]
    public async Task Edit_StaleVersion_ShowsConcurrencyMessageAndKeepsInput()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var name = Unique("Stale Test");
        var id = await CreateOrganisationAsync(app, admin, name);
        var page = await admin.GetPageAsync($"/Organisations/Edit/{id}");
        var token = FormClient.Token(page);
        var version = Value(page, "Version")!;
        await admin.PostWithTokenAsync($"/Organisations/Edit/{id}", token,
            new Dictionary<string, string> { ["Name"] = name + " First", ["Kind"] = "FundedAgency", ["Version"] = version });

        var response = await admin.PostWithTokenAsync($"/Organisations/Edit/{id}", token,
            new Dictionary<string, string> { ["Name"] = name + " Second", ["Kind"] = "FundedAgency", ["Version"] = version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stale = await FormClient.ParseAsync(response);
        Assert.Contains("Someone else changed this organisation", Text(stale, ".error-summary"));
        Assert.Equal(name + " Second", Value(stale, "Name"));
        Assert.Equal(name + " First", await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task DeactivateThenReactivate_Agency_ChangesStatusAndAuditsBoth()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var id = await CreateOrganisationAsync(app, admin, Unique("Status Test"));

        var deactivated = await admin.PostFormAsync($"/Organisations/Deactivate/{id}", $"/Organisations/Deactivate/{id}", []);
        var activeAfterDeactivate = await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.IsActive).SingleAsync());
        var reactivated = await admin.PostFormAsync($"/Organisations/Reactivate/{id}", $"/Organisations/Reactivate/{id}", []);

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False(activeAfterDeactivate);
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.IsActive).SingleAsync()));
        var actions = (await AuditAsync(app, id.ToString(CultureInfo.InvariantCulture))).Select(a => a.Action).ToList();
        Assert.Equal(["organisation.created", "organisation.deactivated", "organisation.reactivated"], actions);
    }

    [Fact]
    public async Task Deactivate_Department_ShowsMessageAndStaysActive()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var id = await OrganisationIdAsync(app, DemoAccounts.Department);
        var page = await admin.GetPageAsync($"/Organisations/Details/{id}");

        var response = await admin.PostWithTokenAsync($"/Organisations/Deactivate/{id}", FormClient.Token(page), []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(OrganisationErrors.DepartmentCannotBeDeactivated.Message, Text(await FormClient.ParseAsync(response), ".error-summary"));
        Assert.True(await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task Index_SearchByName_ListsOnlyMatches()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var page = await admin.GetPageAsync("/Organisations?Name=agency+two&Status=All");

        var names = page.QuerySelectorAll("tbody th").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal([DemoAccounts.AgencyTwo], names);
    }

    [Fact]
    public async Task Details_Agency_ListsItsUsers()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var page = await admin.GetPageAsync($"/Organisations/Details/{await AgencyOneAsync(app)}");

        Assert.Contains("orgadmin@agency-one.example", page.QuerySelectorAll("tbody td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Details_UnknownId_Returns404()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/Organisations/Details/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/Organisations/Edit/not-a-number")).StatusCode);
    }

    [Theory]
    [InlineData("reporter@agency-one.example")]
    [InlineData("orgadmin@agency-one.example")]
    [InlineData("staff@department.example")]
    public async Task Organisations_NotCimsAdministrator_RedirectsToAccessDenied(string email)
    {
        var client = await FormClient.SignedInAsync(app, email);

        AssertAccessDenied(await client.Http.GetAsync("/Organisations"));
        AssertAccessDenied(await client.Http.GetAsync($"/Organisations/Edit/{await AgencyOneAsync(app)}"));
    }
}

public sealed class SqliteOrganisationAdminTests(SqliteApp app) : OrganisationAdminTests<SqliteApp>(app);

public sealed class PostgresOrganisationAdminTests(PostgresApp app) : OrganisationAdminTests<PostgresApp>(app);
