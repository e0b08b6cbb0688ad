using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Endorsement.ReviewForms;

namespace Cims.Web.Tests.Incidents.Endorsement;

/// <summary>The delegate recommends a follow-up other than the rules' suggestion; the department decides on the screening page.</summary>
public abstract class FollowUpRecommendationTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : EndorsementApp
{
    private const string Reason = "Third fall on this unit this year: we suspect a systemic problem.";

    [Fact]
    public async Task Endorse_E2MajorWithADifferentFollowUp_GoesToScreeningWhereStaffDecideWithBothReasons()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var delegateClient = await FormClient.SignedInAsync(app, DelegateEmail);
        var review = await delegateClient.GetPageAsync($"/Endorsement/{id}");

        var endorsed = await PostAsync(delegateClient, id, "Endorse", new() { ["FollowUp"] = "RcaReview", ["RecommendationReason"] = Reason });

        Assert.Equal("Investigation", review.QuerySelector("form[action$='/Endorse'] input[name=FollowUp]:checked")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, endorsed.StatusCode);
        Assert.Equal((IncidentStatus.DepartmentReview, FollowUpAction.RcaReview), ((await LoadAsync(app, id)).Status, (await LoadAsync(app, id)).RecommendedFollowUp));
        var staff = await FormClient.SignedInAsync(app, "staff@department.example");
        var screen = await staff.GetPageAsync($"/Department/Incidents/{id}/Screen");
        Assert.Contains(Reason, screen.QuerySelector("#recommendation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(recommended by the organisation)", screen.QuerySelector("label[for='FollowUp-RcaReview']")!.TextContent, StringComparison.Ordinal);

        var decided = await staff.PostWithTokenAsync($"/Department/Incidents/{id}/Screen", FormClient.Token(screen),
            [new("Version", screen.QuerySelector("input[name=Version]")!.GetAttribute("value")!), new("FollowUp", "RcaReview"), new("Note", "Agreed: several contributing factors.")]);

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var incident = await LoadAsync(app, id);
        Assert.Equal((IncidentStatus.FollowUpDetermined, FollowUpAction.RcaReview), (incident.Status, incident.FollowUp));
        Assert.Contains(Reason, incident.History.Single(h => h.To == IncidentStatus.SubmittedToDepartment).Reason, StringComparison.Ordinal);
        Assert.Contains("Agreed: several contributing factors.", incident.History[^1].Reason, StringComparison.Ordinal);
        Assert.Contains(Reason, incident.History[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endorse_DifferentFollowUpWithoutAReason_SaysWhyBesideTheFieldAndKeepsTheChoice()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var response = await PostAsync(client, id, "Endorse", new() { ["FollowUp"] = "CaseReview", ["RecommendationReason"] = " " });

        var page = await FormClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("explain why", page.QuerySelector("#RecommendationReason-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("explain why", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("CaseReview", page.QuerySelector("input[name=FollowUp]:checked")?.GetAttribute("value"));
        var incident = await LoadAsync(app, id);
        Assert.Equal((IncidentStatus.AwaitingEndorsement, null), (incident.Status, incident.RecommendedFollowUp));
    }

    [Fact]
    public async Task Endorse_TheRulesSuggestion_DeterminesTheFollowUpAtOnceAsBefore()
    {
        var id = await IncidentBuilder.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        await PostAsync(client, id, "Endorse", new() { ["FollowUp"] = "Investigation" });

        var incident = await LoadAsync(app, id);
        Assert.Equal((IncidentStatus.FollowUpDetermined, FollowUpAction.Investigation, null), (incident.Status, incident.FollowUp, incident.RecommendedFollowUp));
    }

    [Fact]
    public async Task Review_NonMajorIncident_OffersNoFollowUpChoice()
    {
        var id = await IncidentBuilder.CreateAsync(app, impact: ImpactLevel.NonMajor);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);

        var page = await client.GetPageAsync($"/Endorsement/{id}");

        Assert.Null(page.QuerySelector("form[action$='/Endorse'] input[name=FollowUp]"));
    }
}

public sealed class SqliteFollowUpRecommendationTests(SqliteEndorsementApp app) : FollowUpRecommendationTests<SqliteEndorsementApp>(app);

public sealed class PostgresFollowUpRecommendationTests(PostgresEndorsementApp app) : FollowUpRecommendationTests<PostgresEndorsementApp>(app);
