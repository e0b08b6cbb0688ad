using System.Globalization;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Batch;
using Cims.Web.Tests.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using static Cims.Web.Tests.Incidents.Endorsement.ReviewForms;

namespace Cims.Web.Tests.Incidents.Endorsement;

public abstract class MonthlyBatchTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : EndorsementApp
{
    private static readonly DateOnly E1Day = new(2019, 3, 4);

    [Fact]
    public async Task Endorse_E1NonMajor_WaitsInBatchThenNextMonthRunSubmitsIt()
    {
        var id = await IncidentBuilder.CreateAsync(app, impact: ImpactLevel.NonMajor, reportedOn: E1Day);
        var client = await Infrastructure.FormClient.SignedInAsync(app, DelegateEmail);

        await PostAsync(client, id, "Endorse");

        var endorsed = await LoadAsync(app, id);
        Assert.Equal(IncidentStatus.NonMajorRecorded, endorsed.Status);
        Assert.Null(endorsed.Number);
        Assert.Contains(MailBox.FilesFor(app.MailFolder, Reporter).Select(MailBox.Body), b => b.Contains("monthly batch"));
        var batchPage = await client.GetPageAsync("/Endorsement/Batch");
        Assert.NotNull(batchPage.QuerySelector($"#batch tr[data-id='{id}']"));

        await Batch(MonthlyBatchSchedule.StartOfMonth(DateTimeOffset.UtcNow)).RunAsync(CancellationToken.None);
        Assert.Equal(IncidentStatus.NonMajorRecorded, (await LoadAsync(app, id)).Status);

        await Batch(NextMonth(endorsed.EndorsedAt!.Value)).RunAsync(CancellationToken.None);

        var sent = await LoadAsync(app, id);
        Assert.Equal(IncidentStatus.SubmittedToDepartment, sent.Status);
        Assert.StartsWith("IRD-", sent.Number);
        Assert.Null((await client.GetPageAsync("/Endorsement/Batch")).QuerySelector($"#batch tr[data-id='{id}']"));
    }

    [Fact]
    public async Task MonthlyBatch_RunTwice_SubmitsOnce()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, impact: ImpactLevel.NonMajor, reportedOn: E1Day);
        var at = NextMonth(IncidentBuilder.Now);

        await Batch(at).RunAsync(CancellationToken.None);
        await Batch(at).RunAsync(CancellationToken.None);

        var incident = await LoadAsync(app, id);
        Assert.Equal(IncidentStatus.SubmittedToDepartment, incident.Status);
        Assert.Single(incident.History, h => h.To == IncidentStatus.SubmittedToDepartment);
        Assert.Equal(1, await BatchEntriesAsync(id));
    }

    [Fact]
    public async Task MonthlyBatch_TwoNodesAtOnce_SubmitEachIncidentOnce()
    {
        var ids = new List<int>();
        for (var n = 0; n < 3; n++)
            ids.Add(await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, impact: ImpactLevel.NonMajor, reportedOn: E1Day));
        var at = NextMonth(IncidentBuilder.Now);

        await Task.WhenAll(Task.Run(() => Batch(at).RunAsync(CancellationToken.None)), Task.Run(() => Batch(at).RunAsync(CancellationToken.None)));

        foreach (var id in ids)
        {
            var incident = await LoadAsync(app, id);
            Assert.Equal(IncidentStatus.SubmittedToDepartment, incident.Status);
            Assert.Single(incident.History, h => h.To == IncidentStatus.SubmittedToDepartment);
            Assert.Equal(1, await BatchEntriesAsync(id));
        }
    }

    private static DateTimeOffset NextMonth(DateTimeOffset endorsedAt) => MonthlyBatchSchedule.StartOfNextMonth(endorsedAt).AddHours(1);

    private MonthlyBatch Batch(DateTimeOffset now) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(now), NullLogger<MonthlyBatch>.Instance);

    private Task<int> BatchEntriesAsync(int id) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == MonthlyBatch.Action && a.EntityId == id.ToString(CultureInfo.InvariantCulture)));
}

public sealed class SqliteMonthlyBatchTests(SqliteEndorsementApp app) : MonthlyBatchTests<SqliteEndorsementApp>(app);

public sealed class PostgresMonthlyBatchTests(PostgresEndorsementApp app) : MonthlyBatchTests<PostgresEndorsementApp>(app);
