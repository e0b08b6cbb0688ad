using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Incidents;

public abstract class DepartmentSubmissionTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task Submit_E3MajorPhysicalAbuseByStaff_IsNumberedAndSentForInvestigation()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);

        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));

        Assert.Equal($"IRD-2026-{id:D6}", incident.Number);
        Assert.Equal(IncidentStatus.FollowUpDetermined, incident.Status);
        Assert.Equal(FollowUpAction.Investigation, incident.FollowUp);
        Assert.NotNull(incident.FollowUpDueAt);
        Assert.Contains("28 business days", incident.FollowUpRule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_E1Major_GoesToDepartmentScreening()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, reportedOn: new DateOnly(2019, 3, 4));

        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));

        Assert.Equal(PolicyProfile.E1, incident.Profile);
        Assert.Equal(IncidentStatus.DepartmentReview, incident.Status);
        Assert.StartsWith("IRD-", incident.Number, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endorse_E1NonMajor_WaitsUnnumberedForTheMonthlyBatch()
    {
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment, impact: ImpactLevel.NonMajor, reportedOn: new DateOnly(2019, 3, 4));

        var incident = await app.WithDbAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.Id == id));

        Assert.Equal(IncidentStatus.NonMajorRecorded, incident.Status);
        Assert.Null(incident.Number);
    }
}

public sealed class SqliteDepartmentSubmissionTests(SqliteApp app) : DepartmentSubmissionTests<SqliteApp>(app);

public sealed class PostgresDepartmentSubmissionTests(PostgresApp app) : DepartmentSubmissionTests<PostgresApp>(app);
