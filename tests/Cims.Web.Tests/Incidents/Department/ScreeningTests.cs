using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Department.DepartmentPages;

namespace Cims.Web.Tests.Incidents.Department;

public abstract class ScreeningTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private static readonly DateOnly E1Day = new(2019, 3, 4);

    [Fact]
    public async Task Screen_E1MajorIncident_ShowsKeyFactsAndTheSuggestionWithItsReason()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: E1Day);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var page = await client.GetPageAsync(Screen(id));

        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains(await NumberAsync(app, id), main, StringComparison.Ordinal);
        Assert.Contains("Jo Citizen", main, StringComparison.Ordinal);
        Assert.Contains("Pat Staff (Staff member)", main, StringComparison.Ordinal);
        Assert.Contains("Suggested by the rule in the CIMS guide:", page.QuerySelector("#suggestion")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, page.QuerySelectorAll("input[type=radio][name=FollowUp]").Length);
        Assert.NotNull(page.QuerySelector("input[type=hidden][name=Version]"));
        var viewed = await app.WithDbAsync(db => db.AuditEntries.CountAsync(
            a => a.Action == "incident.viewed" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(1, viewed);
    }

    [Fact]
    public async Task Screen_ChooseInvestigation_RecordsFollowUpWithDueDateStatusAndAudit()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: E1Day);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var response = await PostAsync(client, id, "Investigation", "");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(List, response.Headers.Location!.OriginalString);
        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(IncidentStatus.FollowUpDetermined, incident.Status);
        Assert.Equal(FollowUpAction.Investigation, incident.FollowUp);
        Assert.NotNull(incident.FollowUpDueAt);
        Assert.Contains("28 business days", incident.FollowUpRule, StringComparison.Ordinal);
        Assert.Equal("Sam Staff", incident.History[^1].ByName);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Action == "incident.screened" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("Follow-up: Investigation", audit.Details, StringComparison.Ordinal);
        var flash = await client.GetPageAsync(List);
        Assert.StartsWith("Follow-up determined: Investigation, due ", flash.QuerySelector(".alert-success")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_DifferentFromSuggestionWithoutNote_ShowsMessageAndKeepsTheChoice()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: E1Day);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var page = await FormClient.ParseAsync(await PostAsync(client, id, "CaseReview", " "));

        Assert.Contains("explain why", page.QuerySelector("#Note-error")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("#FollowUp-CaseReview")!.HasAttribute("checked"));
        Assert.Equal(IncidentStatus.DepartmentReview, await StatusAsync(id));
    }

    [Fact]
    public async Task Screen_DifferentFromSuggestionWithNote_RecordsTheChoiceAndNote()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: E1Day);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var response = await PostAsync(client, id, "CaseReview", "Police are investigating; a case review is enough.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(FollowUpAction.CaseReview, incident.FollowUp);
        Assert.Contains("Police are investigating", incident.History[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_IncidentNotInScreening_ShowsMessageOnGetAndPost()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var page = await client.GetPageAsync(Screen(id));
        var post = await client.PostWithTokenAsync(Screen(id), FormClient.Token(page), [new("FollowUp", "Investigation")]);

        Assert.Contains("not waiting for screening", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name=FollowUp]"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("not waiting for screening", (await FormClient.ParseAsync(post)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_StaleVersion_ShowsMessageAndKeepsTypedValues()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: E1Day);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");
        var page = await client.GetPageAsync(Screen(id));

        var response = await client.PostWithTokenAsync(Screen(id), FormClient.Token(page),
            [new("FollowUp", "RcaReview"), new("Note", "Typed before the clash."), new("Version", Guid.NewGuid().ToString())]);

        var result = await FormClient.ParseAsync(response);
        Assert.Contains("Someone else changed this incident", result.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(result.QuerySelector("#FollowUp-RcaReview")!.HasAttribute("checked"));
        Assert.Equal("Typed before the clash.", result.QuerySelector("#Note")!.TextContent.Trim());
        Assert.Equal(page.QuerySelector("input[name=Version]")!.GetAttribute("value"), result.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        Assert.Equal(IncidentStatus.DepartmentReview, await StatusAsync(id));
    }

    [Fact]
    public async Task Screen_NoChoice_ShowsMessage()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: E1Day);
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var page = await FormClient.ParseAsync(await PostAsync(client, id, null, ""));

        Assert.Equal("Choose the follow-up.", page.QuerySelector("#FollowUp-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Screen_UnknownId_Returns404()
    {
        var client = await FormClient.SignedInAsync(app, "staff@department.example");

        var response = await client.Http.GetAsync(Screen(999_999));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<IncidentStatus> StatusAsync(int id) =>
        await app.WithDbAsync(db => db.Incidents.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());

    private static async Task<HttpResponseMessage> PostAsync(FormClient client, int id, string? action, string note)
    {
        var page = await client.GetPageAsync(Screen(id));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Note", note), new("Version", page.QuerySelector("input[name=Version]")!.GetAttribute("value")!),
        };
        if (action is not null)
            fields.Add(new("FollowUp", action));
        return await client.PostWithTokenAsync(Screen(id), FormClient.Token(page), fields);
    }
}

public sealed class SqliteScreeningTests(SqliteApp app) : ScreeningTests<SqliteApp>(app);

public sealed class PostgresScreeningTests(PostgresApp app) : ScreeningTests<PostgresApp>(app);
