using System.Net;
using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents.Attachments;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Attachments.AttachmentClient;

namespace Cims.Web.Tests.Incidents.Attachments;

public abstract class AttachmentAccessTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task OtherAgency_DownloadUploadAndRemove_Get404()
    {
        var (id, attachmentId) = await WithAttachmentAsync(Reporter, IncidentStatus.Draft);
        var stranger = await FormClient.SignedInAsync(app, "reporter@agency-two.example");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/Incidents/{id}/Attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(stranger, id, "x.pdf", TestFiles.Pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(StepUrl(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RemoveAsync(stranger, id, attachmentId)).StatusCode);
        Assert.Single(await StoredAsync(app, id));
    }

    [Fact]
    public async Task SameOrganisationUserWhoCannotSeeTheDraft_Gets404()
    {
        var (id, attachmentId) = await WithAttachmentAsync("delegate@agency-one.example", IncidentStatus.Draft);
        var otherReporter = await FormClient.SignedInAsync(app, Reporter);
        var orgAdmin = await FormClient.SignedInAsync(app, "orgadmin@agency-one.example");

        Assert.Equal(HttpStatusCode.NotFound, (await otherReporter.Http.GetAsync($"/Incidents/{id}/Attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await orgAdmin.Http.GetAsync($"/Incidents/{id}/Attachments/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(otherReporter, id, "x.pdf", TestFiles.Pdf)).StatusCode);
    }

    [Fact]
    public async Task Download_AttachmentOfAnotherIncident_Gets404()
    {
        var (_, attachmentId) = await WithAttachmentAsync(Reporter, IncidentStatus.Draft);
        var otherId = await IncidentBuilder.CreateAsync(app, status: IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, Reporter);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Incidents/{otherId}/Attachments/{attachmentId}")).StatusCode);
    }

    [Fact]
    public async Task Remove_Draft_ConfirmsThenRemovesAndAudits()
    {
        var (id, attachmentId) = await WithAttachmentAsync(Reporter, IncidentStatus.Draft);
        var client = await FormClient.SignedInAsync(app, Reporter);

        var confirm = await client.GetPageAsync($"/Incidents/{id}/Attachments/{attachmentId}/Remove");
        var response = await RemoveAsync(client, id, attachmentId);

        Assert.Contains(confirm.QuerySelectorAll("main h2"), h => h.TextContent.Contains("Remove evidence.pdf?", StringComparison.Ordinal));
        Assert.Equal(StepUrl(id), response.Headers.Location!.OriginalString);
        Assert.Empty(await StoredAsync(app, id));
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Set<AttachmentContent>().Count(c => c.Id == attachmentId))));
        Assert.Contains("evidence.pdf", Assert.Single(await AuditAsync(app, RemoveAttachment.RemovedAction, id)));
    }

    [Fact]
    public async Task Remove_AfterSubmissionToTheDepartment_IsRefusedAndKept()
    {
        var (id, attachmentId) = await WithAttachmentAsync(Reporter, IncidentStatus.Draft);
        await app.WithDbAsync(async db =>
        {
            var incident = await db.Incidents.FindAsync(id);
            incident!.SubmitForEndorsement(new Actor("t", "T"), IncidentBuilder.Now).MustSucceed();
            incident.Endorse(new Actor("t", "T"), IncidentBuilder.Now).MustSucceed();
            return await db.SaveChangesAsync();
        });
        var reporter = await FormClient.SignedInAsync(app, Reporter);
        var delegateUser = await FormClient.SignedInAsync(app, "delegate@agency-one.example");

        var byReporter = await RemoveAsync(reporter, id, attachmentId);
        var byDelegate = await RemoveAsync(delegateUser, id, attachmentId);

        Assert.Equal($"/Incidents/{id}", byReporter.Headers.Location!.OriginalString);
        Assert.Equal($"/Incidents/{id}", byDelegate.Headers.Location!.OriginalString);
        Assert.Single(await StoredAsync(app, id));
        Assert.Empty(await AuditAsync(app, RemoveAttachment.RemovedAction, id));
        Assert.Equal(HttpStatusCode.OK, (await reporter.Http.GetAsync($"/Incidents/{id}/Attachments/{attachmentId}")).StatusCode);
        var page = await reporter.GetPageAsync($"/Incidents/{id}");
        Assert.Null(page.QuerySelector("#attachments a[href$='/Remove']"));
    }

    private async Task<(int Id, int AttachmentId)> WithAttachmentAsync(string reporterEmail, IncidentStatus status)
    {
        var id = await IncidentBuilder.CreateAsync(app, reporterEmail, status);
        var client = await FormClient.SignedInAsync(app, reporterEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, id, "evidence.pdf", TestFiles.Pdf)).StatusCode);
        return (id, (await StoredAsync(app, id)).Single().Id);
    }
}

public sealed class SqliteAttachmentAccessTests(SqliteApp app) : AttachmentAccessTests<SqliteApp>(app);

public sealed class PostgresAttachmentAccessTests(PostgresApp app) : AttachmentAccessTests<PostgresApp>(app);
