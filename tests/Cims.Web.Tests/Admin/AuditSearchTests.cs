using System.Globalization;
using System.Net;
using Cims.Web.Infrastructure.Time;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Admin.AdminTestData;

namespace Cims.Web.Tests.Admin;

public abstract class AuditSearchTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Search_ActionAndRecord_ShowsOnlyThatEntryInMelbourneTime()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var id = await CreateOrganisationAsync(app, admin, Unique("Audit Search Test"));
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Organisation" && a.EntityId == id.ToString(CultureInfo.InvariantCulture)));

        var page = await admin.GetPageAsync($"/Audit?Event=organisation.created&EntityType=Organisation&EntityId={id}");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(entry.OccurredAt.Display(), cells[0]);
        Assert.Equal([CimsAdmin, "organisation.created", $"Organisation {id}"], cells[1..4]);
    }

    [Fact]
    public async Task Search_UserEmail_ShowsOnlyThatUsersEntries()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        await CreateOrganisationAsync(app, admin, Unique("Audit Email Test"));

        var page = await admin.GetPageAsync("/Audit?UserEmail=ADMIN@department");

        var who = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        Assert.NotEmpty(who);
        Assert.All(who, w => Assert.Equal(CimsAdmin, w));
        var none = await admin.GetPageAsync("/Audit?UserEmail=nobody@nowhere.example");
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Search_DateRange_IncludesTodayAndExcludesOtherDays()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        var id = await CreateOrganisationAsync(app, admin, Unique("Audit Date Test"));
        var today = TimeProvider.System.Today().Display();

        var todays = await admin.GetPageAsync($"/Audit?From={today}&To={today}&EntityId={id}");
        var past = await admin.GetPageAsync($"/Audit?From=01/01/2020&To=31/12/2020&EntityId={id}");

        Assert.Single(todays.QuerySelectorAll("tbody tr"));
        Assert.Empty(past.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Search_InvalidDates_ShowsMessagesNotA500()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var response = await admin.Http.GetAsync("/Audit?From=31/02/2026&To=2026-12-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains("DD/MM/YYYY", Text(page, "#From-error"));
        Assert.Contains("DD/MM/YYYY", Text(page, "#To-error"));
        Assert.Equal("31/02/2026", Value(page, "From"));
    }

    [Fact]
    public async Task Search_ToBeforeFrom_ShowsMessage()
    {
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var page = await admin.GetPageAsync("/Audit?From=02/01/2026&To=01/01/2026");

        Assert.Contains("same as or after", Text(page, "#To-error"));
    }

    [Theory]
    [InlineData("orgadmin@agency-one.example")]
    [InlineData("reporter@agency-one.example")]
    public async Task Audit_NotCimsAdministrator_RedirectsToAccessDenied(string email)
    {
        var client = await FormClient.SignedInAsync(app, email);

        AssertAccessDenied(await client.Http.GetAsync("/Audit"));
    }
}

public sealed class SqliteAuditSearchTests(SqliteApp app) : AuditSearchTests<SqliteApp>(app);

public sealed class PostgresAuditSearchTests(PostgresApp app) : AuditSearchTests<PostgresApp>(app);
