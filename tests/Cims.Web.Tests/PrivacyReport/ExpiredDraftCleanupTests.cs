using Cims.Web.Features.Privacy;
using Cims.Web.Features.Privacy.Cleanup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>The hourly clean-up of public drafts nobody saved within their lifetime.</summary>
public abstract class ExpiredDraftCleanupTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Run_ExpiredDraft_DeletesItAndItsPersonsWithOneAuditEntry()
    {
        var expired = await AddAsync(Now - Report.DraftLifetime - TimeSpan.FromMinutes(1), submit: false, people: 2);
        Assert.Equal(2, await PeopleRowsAsync(expired));

        var deleted = await Cleanup(Now).RunAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.False(await ExistsAsync(expired));
        Assert.Equal(0, await PeopleRowsAsync(expired));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(
            a => a.Action == ExpiredDraftCleanup.Action && a.EntityType == PrivacyDrafts.EntityType && a.EntityId == Key(expired))));
    }

    [Fact]
    public async Task Run_FreshDraftAndSubmittedReport_KeepsBoth()
    {
        var fresh = await AddAsync(Now - Report.DraftLifetime + TimeSpan.FromMinutes(1), submit: false, people: 1);
        var submitted = await AddAsync(Now - TimeSpan.FromDays(30), submit: true, people: 1);

        await Cleanup(Now).RunAsync(CancellationToken.None);

        Assert.True(await ExistsAsync(fresh));
        Assert.True(await ExistsAsync(submitted));
        Assert.Equal(1, await PeopleRowsAsync(fresh));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(
            a => a.Action == ExpiredDraftCleanup.Action && (a.EntityId == Key(fresh) || a.EntityId == Key(submitted)))));
    }

    [Fact]
    public async Task Run_Twice_DeletesOnceAndSecondRunFindsNothingMore()
    {
        var expired = await AddAsync(Now - TimeSpan.FromDays(8), submit: false, people: 1);
        await Cleanup(Now).RunAsync(CancellationToken.None);

        var again = await Cleanup(Now).RunAsync(CancellationToken.None);

        Assert.Equal(0, again);
        Assert.False(await ExistsAsync(expired));
    }

    private ExpiredDraftCleanup Cleanup(DateTimeOffset now) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), new FakeTimeProvider(now), NullLogger<ExpiredDraftCleanup>.Instance);

    /// <summary>A report started (and last saved) at <paramref name="startedAt"/>: a draft with every stage filled, or submitted.</summary>
    private async Task<int> AddAsync(DateTimeOffset startedAt, bool submit, int people)
    {
        var service = (await ServiceChoice.AgencyOneAsync(app)).Ids();
        return await app.WithDbAsync(async db =>
        {
            var report = Report.Start(startedAt);
            PrivacyReportFiller.Fill(report, service, null, people, disclosedAt: startedAt.AddHours(-2), now: startedAt);
            if (submit)
                Assert.False(report.Submit($"PIR-TEST-{Guid.NewGuid():N}"[..20], startedAt.AddDays(1), startedAt).Failed);
            db.PrivacyReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
    }

    private Task<bool> ExistsAsync(int id) => app.WithDbAsync(db => db.PrivacyReports.AnyAsync(r => r.Id == id));

    private Task<int> PeopleRowsAsync(int id) => app.WithDbAsync(db =>
        db.Database.SqlQuery<int>($"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"PrivacyReportPeople\" WHERE \"PrivacyReportId\" = {id}").SingleAsync());

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SqliteExpiredDraftCleanupTests(SqlitePrivacyApp app) : ExpiredDraftCleanupTests<SqlitePrivacyApp>(app);

public sealed class PostgresExpiredDraftCleanupTests(PostgresPrivacyApp app) : ExpiredDraftCleanupTests<PostgresPrivacyApp>(app);
