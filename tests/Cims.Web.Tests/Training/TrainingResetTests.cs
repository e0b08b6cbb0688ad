using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Infrastructure.Training;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Training;

/// <summary>The CIMS administrator's reset of the training data, and who may not (docs/adr/0052).</summary>
public abstract class TrainingResetTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TrainingApp
{
    [Fact]
    public async Task Reset_Administrator_DeletesTheLearnersWorkBringsTheSampleBackAndIsAudited()
    {
        const int sample = 60; // Cims:Training:SampleIncidents of the test host; other tests of the class add incidents
        var added = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement);
        var admin = await FormClient.SignedInAsync(app, "admin@department.example");

        var response = await admin.PostFormAsync("/Training/Reset", "/Training/Reset", new() { ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.OriginalString);
        Assert.False(await app.WithDbAsync(db => db.Incidents.AnyAsync(i => i.Id == added)));
        Assert.Equal(sample, await app.WithDbAsync(db => db.Incidents.CountAsync()));
        Assert.True(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == TrainingSeeder.ProviderOrganisation)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == TrainingReset.AuditAction)));
        await FormClient.SignedInAsync(app, "reporter@training.example"); // the learners' accounts work again
    }

    [Fact]
    public async Task Reset_WithoutConfirming_ChangesNothing()
    {
        var added = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.AwaitingEndorsement);
        var admin = await FormClient.SignedInAsync(app, "admin@department.example");

        var response = await admin.PostFormAsync("/Training/Reset", "/Training/Reset", new() { ["Confirmed"] = "false" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tick the box", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Incidents.AnyAsync(i => i.Id == added)));
    }

    [Theory]
    [InlineData("staff@department.example")]
    [InlineData("orgadmin@agency-one.example")]
    public async Task Reset_NotACimsAdministrator_IsRefusedOnGetAndPost(string email)
    {
        var other = await FormClient.SignedInAsync(app, email);
        var count = await app.WithDbAsync(db => db.Incidents.CountAsync());

        var get = await other.Http.GetAsync("/Training/Reset");
        var post = await other.PostWithTokenAsync("/Training/Reset", "", [new("Confirmed", "true")]);

        Assert.StartsWith("/Account/AccessDenied", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/Account/AccessDenied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(count, await app.WithDbAsync(db => db.Incidents.CountAsync()));
    }
}

public sealed class SqliteTrainingResetTests(SqliteTrainingApp app) : TrainingResetTests<SqliteTrainingApp>(app);

public sealed class PostgresTrainingResetTests(PostgresTrainingApp app) : TrainingResetTests<PostgresTrainingApp>(app);
