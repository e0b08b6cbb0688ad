using Cims.Domain.Incidents;
using Cims.Web.Tests.Incidents.ReporterSummary;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.Progress;

/// <summary>The reporter reads their incident's progress as steps: the step it is at is marked current, in words.</summary>
public abstract class IncidentProgressTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Theory]
    [InlineData(IncidentStatus.AwaitingEndorsement, "Received", new[] { "Current step", "To come", "To come", "To come", "To come" })]
    [InlineData(IncidentStatus.ReturnedToReporter, "Returned to you for changes", new[] { "Done", "Current step", "To come", "To come", "To come", "To come" })]
    [InlineData(IncidentStatus.FollowUpDetermined, "Follow-up under way", new[] { "Done", "Done", "Done", "Current step", "To come" })]
    public async Task IncidentPage_Reporter_MarksTheStepTheIncidentIsAt(IncidentStatus status, string current, string[] states)
    {
        var id = await IncidentBuilder.CreateAsync(app, status: status);
        var client = await FormClient.SignedInAsync(app, ClosedIncidents.Reporter);

        var page = await client.GetPageAsync($"/Incidents/{id}");

        var steps = page.QuerySelectorAll("#progress ol > li").ToList();
        Assert.Equal(states, steps.Select(s => s.QuerySelector(".progress-step-badge")!.TextContent.Trim()));
        var step = Assert.Single(page.QuerySelectorAll("#progress li[aria-current=step]"));
        Assert.Equal(current, step.QuerySelector(".progress-step-title")!.TextContent.Trim());
        Assert.Contains("23/11/2026", steps[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncidentPage_ClosedWithoutInvestigation_ClosedIsCurrentWithItsDate()
    {
        var id = await ClosedIncidents.CreateAsync(app);
        var client = await FormClient.SignedInAsync(app, ClosedIncidents.Reporter);

        var page = await client.GetPageAsync($"/Incidents/{id}");

        var step = Assert.Single(page.QuerySelectorAll("#progress li[aria-current=step]"));
        Assert.Equal("Closed", step.QuerySelector(".progress-step-title")!.TextContent.Trim());
        Assert.Contains("23/11/2026", step.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll("#progress li[data-step-state=Done]").Length);
    }

    [Fact]
    public async Task IncidentPage_Withdrawn_WithdrawnIsCurrentAndLaterStepsGone()
    {
        var id = await AwaitingInvestigatorAsync(app);
        await app.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == id);
            incident.Withdraw(new Actor("builder", "Test Builder"), "Reported twice.", IncidentBuilder.Now).MustSucceed();
            return await db.SaveChangesAsync();
        });
        var client = await FormClient.SignedInAsync(app, ClosedIncidents.Reporter);

        var page = await client.GetPageAsync($"/Incidents/{id}");

        var titles = page.QuerySelectorAll("#progress .progress-step-title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Received", "Endorsed", "Submitted to the department", "Follow-up under way", "Withdrawn"], titles);
        Assert.Equal("Withdrawn", page.QuerySelector("#progress li[aria-current=step] .progress-step-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Register_Reporter_ShowsTheStepOfEachIncident()
    {
        var id = await AwaitingInvestigatorAsync(app);
        var client = await FormClient.SignedInAsync(app, ClosedIncidents.Reporter);

        var page = await client.GetPageAsync("/Incidents");

        var row = page.QuerySelector($"a[href='/Incidents/{id}']")!.Closest("tr")!;
        Assert.Equal("Step 4 of 5: Follow-up under way", row.QuerySelector("[data-progress]")!.TextContent.Trim());
    }
}

public sealed class SqliteIncidentProgressTests(SqliteApp app) : IncidentProgressTests<SqliteApp>(app);

public sealed class PostgresIncidentProgressTests(PostgresApp app) : IncidentProgressTests<PostgresApp>(app);
