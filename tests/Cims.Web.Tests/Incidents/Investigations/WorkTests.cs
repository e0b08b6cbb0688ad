using System.Net;
using System.Net.Http.Headers;
using Cims.Domain.Investigations;
using Cims.Web.Tests.Incidents.Attachments;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.Incidents.Investigations.InvestigationBuilder;

namespace Cims.Web.Tests.Incidents.Investigations;

/// <summary>The investigation's content through its pages: allegations and findings, evidence, factors, recommendations.</summary>
public abstract class WorkTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task EndorsedPlan_ProposesAnAllegationForEachClientAndSubject()
    {
        var (_, id) = await AssignedAsync(app, CompletePlan);
        var client = await FormClient.SignedInAsync(app, DelegateEmail);
        var page = await client.GetPageAsync($"/Investigations/{id}");

        await client.PostWithTokenAsync($"/Investigations/{id}/Plan/Endorse", FormClient.Token(page), [new("Version", Version(page, "form[action$='Endorse']"))]);

        var allegations = (await LoadAsync(app, id)).Allegations.OrderBy(a => a.Number).Select(a => a.Describe()).ToList();
        Assert.Equal(["Pat Staff – Physical abuse – Jo Citizen", "Pat Staff – Physical abuse – Sam Citizen"], allegations);
    }

    [Fact]
    public async Task Finding_WithoutReasons_IsRefusedNextToTheFieldThenSavedWithThem()
    {
        var (_, id) = await InProgressAsync(app);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var url = $"/Investigations/{id}/Allegations/1";
        var form = await manager.GetPageAsync(url);
        KeyValuePair<string, string>[] text = [new("ClientName", "Jo Citizen"), new("SubjectName", "Pat Staff"), new("IncidentType", "Physical abuse")];

        var refused = await FormClient.ParseAsync(await manager.PostWithTokenAsync(url, FormClient.Token(form), [new("Version", Version(form)), new("Finding", "Substantiated"), .. text]));
        Assert.Contains("Give the reasons", refused.QuerySelector("#Reasons-error")!.TextContent);
        Assert.True(refused.QuerySelector("#Finding-Substantiated")!.HasAttribute("checked"));
        var saved = await manager.PostWithTokenAsync(url, FormClient.Token(form),
            [new("Version", Version(form)), new("Finding", "Substantiated"), new("Reasons", "Two staff saw the push; Pat admitted it."), .. text]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var allegation = (await LoadAsync(app, id)).Allegations.Single(a => a.Number == 1);
        Assert.Equal((AllegationFinding.Substantiated, "Two staff saw the push; Pat admitted it."), (allegation.Finding, allegation.FindingReasons));
        var details = await manager.GetPageAsync($"/Investigations/{id}");
        Assert.Contains("Substantiated", details.QuerySelector("#allegations")!.TextContent);
    }

    [Fact]
    public async Task Evidence_InterviewAndADocumentWithAFile_AreLoggedAndTheFileDownloads()
    {
        var (incidentId, id) = await InProgressAsync(app);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var url = $"/Investigations/{id}/Evidence";
        var form = await manager.GetPageAsync(url);

        var interview = await manager.PostWithTokenAsync(url, FormClient.Token(form),
        [
            new("Version", Version(form)), new("Kind", "Interview"), new("Title", "Jo Citizen"), new("TakenOnDay", "25"), new("TakenOnMonth", "11"),
            new("TakenOnYear", "2026"), new("TakenBy", "Ian Investigator"), new("Summary", "Jo described being pushed."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, interview.StatusCode);
        form = await manager.GetPageAsync(url);
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(FormClient.Token(form)), "__RequestVerificationToken" }, { new StringContent(Version(form)), "Version" },
            { new StringContent("Document"), "Kind" }, { new StringContent("Shift roster"), "Title" }, { new StringContent("Pat was on shift."), "Summary" },
        };
        var pdf = new ByteArrayContent("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        multipart.Add(pdf, "File", "roster.pdf");
        var document = await manager.Http.PostAsync(url, multipart);

        Assert.Equal(HttpStatusCode.Redirect, document.StatusCode);
        var evidence = (await LoadAsync(app, id)).Evidence.OrderBy(e => e.Number).ToList();
        Assert.Equal([(EvidenceKind.Interview, "Jo Citizen"), (EvidenceKind.Document, "Shift roster")], evidence.Select(e => (e.Kind, e.Title)));
        Assert.Equal(new DateOnly(2026, 11, 25), evidence[0].TakenOn);
        var download = await manager.Http.GetAsync($"/Incidents/{incidentId}/Attachments/{evidence[1].AttachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("%PDF", await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Evidence_FileOver10Megabytes_BackToTheLogWithTheSizeMessage()
    {
        var (_, id) = await InProgressAsync(app);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var url = $"/Investigations/{id}/Evidence";
        var form = await manager.GetPageAsync(url);
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(FormClient.Token(form)), "__RequestVerificationToken" }, { new StringContent(Version(form)), "Version" },
            { new StringContent("Document"), "Kind" }, { new StringContent("Scanned notes"), "Title" }, { new StringContent("All the notes."), "Summary" },
        };
        var big = new ByteArrayContent([.. TestFiles.Pdf, .. new byte[11 * 1024 * 1024]]);
        big.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        multipart.Add(big, "File", "notes.pdf");

        var refused = await manager.Http.PostAsync(url, multipart);

        Assert.Equal((HttpStatusCode.Redirect, url + "?tooLarge=true"), (refused.StatusCode, refused.Headers.Location?.OriginalString));
        var page = await manager.GetPageAsync(refused.Headers.Location!.OriginalString);
        Assert.Contains("larger than 10 MB", page.QuerySelector("#File-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await LoadAsync(app, id)).Evidence);
    }

    [Fact]
    public async Task Evidence_InterviewWithoutItsDetails_SaysWhatIsMissingAndKeepsTheSummary()
    {
        var (_, id) = await InProgressAsync(app);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var url = $"/Investigations/{id}/Evidence";
        var form = await manager.GetPageAsync(url);

        var page = await FormClient.ParseAsync(await manager.PostWithTokenAsync(url, FormClient.Token(form),
            [new("Version", Version(form)), new("Kind", "Interview"), new("Summary", "Notes from the interview.")]));

        Assert.Contains("Enter who was interviewed.", page.QuerySelector("#Title-error")!.TextContent);
        Assert.Contains("Enter who conducted the interview.", page.QuerySelector("#TakenBy-error")!.TextContent);
        Assert.Contains("Notes from the interview.", page.QuerySelector("#Summary")!.TextContent);
        Assert.Empty((await LoadAsync(app, id)).Evidence);
    }

    [Fact]
    public async Task FactorsAndRecommendations_AreSavedAndTrackedToCompletion()
    {
        var (_, id) = await InProgressAsync(app);
        var manager = await FormClient.SignedInAsync(app, Investigator);
        var factors = await manager.GetPageAsync($"/Investigations/{id}/Factors");
        var none = await FormClient.ParseAsync(await manager.PostWithTokenAsync($"/Investigations/{id}/Factors", FormClient.Token(factors), [new("Version", Version(factors))]));
        Assert.Contains("Tick at least one", none.QuerySelector("#Codes-error")!.TextContent);
        await manager.PostWithTokenAsync($"/Investigations/{id}/Factors", FormClient.Token(factors),
            [new("Version", Version(factors)), new("Codes", "STAFFING"), new("Codes", "SKILLS"), new("Other", "Night shift worked alone.")]);
        var recommendations = await manager.GetPageAsync($"/Investigations/{id}/Recommendations");
        await manager.PostWithTokenAsync($"/Investigations/{id}/Recommendations", FormClient.Token(recommendations),
        [
            new("Version", Version(recommendations)), new("Text", "Roster two staff on night shifts."), new("Owner", "Operations manager"),
            new("DueOnDay", "1"), new("DueOnMonth", "3"), new("DueOnYear", "2027"),
        ]);
        var track = await manager.GetPageAsync($"/Investigations/{id}/Recommendations/1");

        var refused = await FormClient.ParseAsync(await manager.PostWithTokenAsync($"/Investigations/{id}/Recommendations/1", FormClient.Token(track), [new("Version", Version(track)), new("Status", "NotAccepted")]));
        Assert.Contains("Say why", refused.QuerySelector("#Note-error")!.TextContent);
        await manager.PostWithTokenAsync($"/Investigations/{id}/Recommendations/1", FormClient.Token(track),
            [new("Version", Version(track)), new("Status", "Done"), new("Note", "Two staff rostered from 1 January.")]);

        var investigation = await LoadAsync(app, id);
        Assert.Equal(["SKILLS", "STAFFING"], investigation.ContributingFactors);
        var recommendation = Assert.Single(investigation.Recommendations);
        Assert.Equal((RecommendationStatus.Done, new DateOnly(2027, 3, 1)), (recommendation.Status, recommendation.DueOn));
        var details = await manager.GetPageAsync($"/Investigations/{id}");
        Assert.Contains("Staffing levels or rostering", details.QuerySelector("#factors")!.TextContent);
        Assert.Contains("Done", details.QuerySelector("#recommendations")!.TextContent);
    }

    [Fact]
    public async Task WorkUrls_AnotherOrganisationOrAReporter_AreNotFoundOnGetAndPost()
    {
        var (_, id) = await InProgressAsync(app);
        var version = (await LoadAsync(app, id)).Version.ToString();
        string[] gets = [$"/Investigations/{id}/Allegations", $"/Investigations/{id}/Allegations/1", $"/Investigations/{id}/Evidence", $"/Investigations/{id}/Factors", $"/Investigations/{id}/Recommendations"];
        string[] posts = [.. gets, $"/Investigations/{id}/Allegations/1/Remove"];
        foreach (var email in new[] { OtherDelegate, OrganisationReporter })
        {
            var client = await FormClient.SignedInAsync(app, email);
            var token = FormClient.Token(await client.GetPageAsync("/Incidents/Report/Start"));
            foreach (var url in gets)
                Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
            foreach (var url in posts)
            {
                var post = await client.PostWithTokenAsync(url, token,
                [
                    new("Version", version), new("ClientName", "X"), new("SubjectName", "Y"), new("IncidentType", "Z"), new("Kind", "Other"),
                    new("Title", "T"), new("Summary", "S"), new("Codes", "STAFFING"), new("Text", "R"), new("Owner", "O"),
                    new("DueOnDay", "1"), new("DueOnMonth", "3"), new("DueOnYear", "2027"),
                ]);
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"{email} POST {url}: {(int)post.StatusCode}");
            }
        }

        var investigation = await LoadAsync(app, id);
        Assert.Equal((2, 0, 0), (investigation.Allegations.Count, investigation.Evidence.Count, investigation.Recommendations.Count));
        Assert.Empty(investigation.ContributingFactors);
    }
}

public sealed class SqliteWorkTests(SqliteApp app) : WorkTests<SqliteApp>(app);

public sealed class PostgresWorkTests(PostgresApp app) : WorkTests<PostgresApp>(app);
