using Cims.Domain.Incidents;
using Cims.Web.Features.Api.Webhooks;
using Cims.Web.Features.Api.Webhooks.Delivery;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Incidents.Investigations;
using Cims.Web.Tests.Incidents.Reviews;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Api.Webhooks;

/// <summary>The outbox underneath: rows written with the change, one node at a time per row, old rows pruned.</summary>
public abstract class WebhookOutboxTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Save_ReturnedToReporter_OneReturnedRowPerWebhookThatWantsIt()
    {
        var wants = await AddWebhookAsync(WebhookEventTypes.Returned);
        var other = await AddWebhookAsync(WebhookEventTypes.Submitted, pauseOthers: false);

        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.ReturnedToReporter);

        var rows = await app.WithDbAsync(db => db.WebhookMessages.AsNoTracking().Where(m => m.IncidentId == id).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal(wants, row.SubscriptionId);
        Assert.Equal(WebhookEventTypes.Returned, row.Type);
        Assert.Contains("\"status\":\"ReturnedToReporter\"", row.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.SubscriptionId == other);
    }

    [Fact]
    public async Task Claim_TwoNodesAtOnce_OnlyOneHoldsTheRow()
    {
        await AddWebhookAsync(WebhookEventTypes.Submitted);
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var row = await app.WithDbAsync(db => db.WebhookMessages.Where(m => m.IncidentId == id).Select(m => m.Id).FirstAsync());
        using var one = app.Services.CreateScope();
        using var two = app.Services.CreateScope();

        var claims = await Task.WhenAll(
            one.ServiceProvider.GetRequiredService<WebhookClaims>().ClaimAsync(row, CancellationToken.None),
            two.ServiceProvider.GetRequiredService<WebhookClaims>().ClaimAsync(row, CancellationToken.None));

        Assert.Single(claims, c => c is not null);
        var held = await app.WithDbAsync(db => db.WebhookMessages.AsNoTracking().SingleAsync(m => m.Id == row));
        Assert.Equal(claims.Single(c => c is not null), held.ClaimToken);
        Assert.True(held.LeaseUntil > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Prune_DeliveredLongAgo_DeletedWithItsAttemptsAndRecentOnesKept()
    {
        var webhook = await AddWebhookAsync(WebhookEventTypes.Submitted);
        await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var ids = await app.WithDbAsync(db => db.WebhookMessages.Where(m => m.SubscriptionId == webhook).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        var old = DateTimeOffset.UtcNow.AddDays(-31);
        await app.WithDbAsync(async db =>
        {
            db.WebhookAttempts.Add(WebhookAttempt.Of(ids[0], old, 200, null, TimeSpan.FromMilliseconds(5)));
            await db.SaveChangesAsync();
            await db.WebhookMessages.Where(m => m.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(m => m.State, WebhookMessageState.Delivered).SetProperty(m => m.DeliveredAt, old));
            return await db.WebhookMessages.Where(m => m.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(m => m.State, WebhookMessageState.Delivered).SetProperty(m => m.DeliveredAt, DateTimeOffset.UtcNow));
        });

        var pruned = await app.WithDbAsync(db => WebhookDeliveryJob.PruneAsync(db, new WebhookOptions(), DateTimeOffset.UtcNow, CancellationToken.None));

        Assert.True(pruned >= 1);
        Assert.Equal([ids[1]], await app.WithDbAsync(db => db.WebhookMessages.Where(m => ids.Contains(m.Id)).Select(m => m.Id).ToListAsync()));
        Assert.False(await app.WithDbAsync(db => db.WebhookAttempts.AnyAsync(a => a.MessageId == ids[0])));
    }

    [Fact]
    public async Task Save_DepartmentAcceptsTheOutcome_OneOutcomeAcceptedRowWithTheClosedIncident()
    {
        var (incidentId, investigationId) = await InvestigationBuilder.OutcomeSubmittedAsync(app, approve: true);
        var webhook = await AddWebhookAsync(WebhookEventTypes.OutcomeAccepted, WebhookEventTypes.Returned, WebhookEventTypes.DueDateChanged);

        await MoveInvestigationAsync(incidentId, investigationId, (investigation, incident, now) => investigation.AcceptOutcome(incident, Staff, now));

        var row = Assert.Single(await RowsAsync(webhook, incidentId));
        Assert.Equal(WebhookEventTypes.OutcomeAccepted, row.Type);
        Assert.Contains("\"status\":\"Closed\"", row.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_DepartmentReturnsTheOutcomeWithANewDueDate_ReturnedOnlyCarryingTheNewDate()
    {
        var (incidentId, investigationId) = await InvestigationBuilder.OutcomeSubmittedAsync(app, approve: true);
        var webhook = await AddWebhookAsync(WebhookEventTypes.OutcomeAccepted, WebhookEventTypes.Returned, WebhookEventTypes.DueDateChanged);
        var due = new DateTimeOffset(2030, 1, 31, 13, 0, 0, TimeSpan.Zero);

        await MoveInvestigationAsync(incidentId, investigationId, (investigation, incident, now) => investigation.SendBack(incident, Staff, "Interview the second witness.", new Deadline(due, "20 business days"), now));

        var row = Assert.Single(await RowsAsync(webhook, incidentId));
        Assert.Equal(WebhookEventTypes.Returned, row.Type);
        Assert.Equal(due, System.Text.Json.Nodes.JsonNode.Parse(row.Body)!["incident"]!["investigationDueAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Save_OnlyTheReportsDueDateMoves_DueDateChanged()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var webhook = await AddWebhookAsync(WebhookEventTypes.DueDateChanged, WebhookEventTypes.Submitted);

        await app.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == id);
            incident.SetDeadline(new Deadline(incident.DueAt!.Value.AddDays(3), "Moved for the test"));
            return await db.SaveChangesAsync();
        });

        Assert.Equal([WebhookEventTypes.DueDateChanged], (await RowsAsync(webhook, id)).Select(r => r.Type));
    }

    [Theory]
    [InlineData(true, WebhookEventTypes.OutcomeAccepted)]
    [InlineData(false, WebhookEventTypes.Returned)]
    public async Task Save_DepartmentDecidesAnRcaReview_AcceptedOrReturnedTold(bool accept, string told)
    {
        var (incidentId, reviewId) = await ReviewBuilder.CreateAsync(app, FollowUpAction.RcaReview);
        await ReviewBuilder.CompleteRcaReviewAsync(app, reviewId);
        await MoveReviewAsync(incidentId, reviewId, (review, incident, now) => review.Submit(incident, Staff, now));
        await MoveReviewAsync(incidentId, reviewId, (review, incident, now) => review.Approve(incident, Staff, false, now));
        var webhook = await AddWebhookAsync(WebhookEventTypes.OutcomeAccepted, WebhookEventTypes.Returned, WebhookEventTypes.DueDateChanged);

        await MoveReviewAsync(incidentId, reviewId, (review, incident, now) => accept
            ? review.Accept(incident, Staff, false, now)
            : review.SendBack(incident, Staff, "Add the timeline.", new Deadline(now.AddDays(20), "20 business days"), now));

        Assert.Equal([told], (await RowsAsync(webhook, incidentId)).Select(r => r.Type));
    }

    private Task<int> MoveReviewAsync(int incidentId, int reviewId, Func<Cims.Domain.Reviews.Review, Incident, DateTimeOffset, Cims.Domain.Common.Result> move) =>
        app.WithDbAsync(async db =>
        {
            var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
            var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
            move(review, incident, DateTimeOffset.UtcNow).MustSucceed();
            return await db.SaveChangesAsync();
        });

    private static readonly Actor Staff = new("staff", "Sam Staff");

    private Task<int> MoveInvestigationAsync(int incidentId, int investigationId, Func<Cims.Domain.Investigations.Investigation, Incident, DateTimeOffset, Cims.Domain.Common.Result> move) =>
        app.WithDbAsync(async db =>
        {
            var investigation = await db.Investigations.SingleAsync(i => i.Id == investigationId);
            var incident = await db.Incidents.SingleAsync(i => i.Id == incidentId);
            move(investigation, incident, DateTimeOffset.UtcNow).MustSucceed();
            return await db.SaveChangesAsync();
        });

    private Task<List<WebhookMessage>> RowsAsync(int webhook, int incidentId) =>
        app.WithDbAsync(db => db.WebhookMessages.AsNoTracking().Where(m => m.SubscriptionId == webhook && m.IncidentId == incidentId).OrderBy(m => m.Id).ToListAsync());

    private Task<int> AddWebhookAsync(string type, params string[] more) => AddWebhookAsync([type, .. more], pauseOthers: true);

    private Task<int> AddWebhookAsync(string type, bool pauseOthers) => AddWebhookAsync([type], pauseOthers);

    private Task<int> AddWebhookAsync(string[] types, bool pauseOthers) => app.WithDbAsync(async db =>
    {
        if (pauseOthers)
            await db.WebhookSubscriptions.ExecuteUpdateAsync(s => s.SetProperty(w => w.Paused, true));
        var agencyOne = await db.Organisations.Where(o => o.Name == Cims.Web.Data.Seeding.DemoAccounts.AgencyOne).Select(o => o.Id).SingleAsync();
        var webhook = WebhookSubscription.Create(agencyOne, "https://cms.agency-one.example/events", "", types, "protected", DateTimeOffset.UtcNow);
        db.WebhookSubscriptions.Add(webhook);
        await db.SaveChangesAsync();
        return webhook.Id;
    });
}

public sealed class SqliteWebhookOutboxTests(SqliteApp app) : WebhookOutboxTests<SqliteApp>(app);

public sealed class PostgresWebhookOutboxTests(PostgresApp app) : WebhookOutboxTests<PostgresApp>(app);
