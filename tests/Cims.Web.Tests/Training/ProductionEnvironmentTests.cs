using System.Net;
using Cims.Domain.Identity;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Email;
using Cims.Web.Tests.Incidents;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Training;

/// <summary>The switch proven the other way: production (the default) shows no banner or marking, sends e-mail, saves drafts.</summary>
public sealed class ProductionEnvironmentTests(SqliteSmtpApp app) : IClassFixture<SqliteSmtpApp>
{
    [Fact]
    public async Task Production_NoBannerNoMarking_EmailSent_DraftSaved_TrainingPagesAbsent()
    {
        var reporter = await FormClient.SignedInAsync(app, "reporter@agency-one.example");
        var id = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var url = $"/Incidents/Report/{id}/Dates";

        var page = await reporter.GetPageAsync(url);
        Assert.Null(page.QuerySelector(".training-banner"));
        Assert.NotNull(page.QuerySelector("button[name=Nav][value=later]"));
        var staff = await FormClient.SignedInAsync(app, "staff@department.example");
        var submitted = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.SubmittedToDepartment);
        var pdf = await PdfReportWriterTests.PdfTextAsync(await staff.Http.GetByteArrayAsync($"/Incidents/{submitted}/Pdf"));
        Assert.DoesNotContain("TRAINING", pdf, StringComparison.Ordinal);

        var user = await TestUsers.CreateAsync(app, Roles.Reporter);
        await FormClient.For(app).PostFormAsync("/Password/Forgot", "/Password/Forgot", new() { ["Email"] = user.Email! });
        using var message = await app.Smtp.WaitForAsync(user.Email!);
        Assert.Equal(0, await app.WithDbAsync(db => db.TrainingEmails.CountAsync()));

        var admin = await FormClient.SignedInAsync(app, "admin@department.example");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/Training/Emails")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/Training/Reset")).StatusCode);
    }

    [Fact]
    public async Task Production_TrainingResetCalledDirectly_RefusesAndEmptiesNothing()
    {
        var incidents = await app.WithDbAsync(db => db.Incidents.CountAsync());
        using var scope = app.Services.CreateScope();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope.ServiceProvider.GetRequiredService<Cims.Web.Infrastructure.Training.TrainingReset>().RunAsync("a test", CancellationToken.None));

        Assert.Equal(incidents, await app.WithDbAsync(db => db.Incidents.CountAsync()));
        Assert.True(incidents > 0);
    }
}
