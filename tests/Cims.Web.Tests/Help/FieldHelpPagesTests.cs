using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Web.Features.Shared.Help;
using Cims.Web.Tests.Incidents.Investigations;
using Cims.Web.Tests.Incidents.Report;
using Cims.Web.Tests.Incidents.Reviews;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.PrivacyReport;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Help;

/// <summary>
/// Each form page carries its fields' "What is this?" help as the catalogue has it: a details element per field whose
/// summary names the field (unique on the page), opening without JavaScript; and the API describes the same fields
/// with the same text.
/// </summary>
public sealed class FieldHelpPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private HelpCatalogue Catalogue => app.Services.GetRequiredService<HelpCatalogue>();

    [Fact]
    public async Task ReportSteps_EveryField_HelpFromTheCatalogue()
    {
        var client = await FormClient.SignedInAsync(app, ReportForms.Reporter);
        var id = await ReportForms.StartAsync(client);

        await AssertHelpAsync(client, ReportForms.Url(id, "Service"), "incident.area", "incident.program", "incident.serviceType", "incident.manualAddress", "incident.serviceAddress");
        await AssertHelpAsync(client, ReportForms.Url(id, "Officer"), "officer.surname", "officer.givenName", "officer.jobTitle", "officer.telephone", "officer.email", "incident.lineManager");
        await AssertHelpAsync(client, ReportForms.Url(id, "Dates"), "incident.occurredDate", "dates.dateAccuracy", "incident.occurredTime", "dates.timeAccuracy", "incident.awareDate", "incident.awareTime");
        await AssertHelpAsync(client, ReportForms.Url(id, "Description"), "incident.location", "incident.description", "incident.impact", "incident.primaryType", "incident.secondaryType");
        await AssertHelpAsync(client, ReportForms.Url(id, "Actions"), "incident.actionsTaken", "incident.policeDate", "incident.policeTime", "incident.policeReference", "incident.otherDetails");
        await AssertHelpAsync(client, ReportForms.Url(id, "Clients/Add"), "client.identifierType", "client.identifier", "client.surname", "client.givenName",
            "client.birthDate", "client.sex", "client.indigenousStatus", "client.address", "client.impact", "client.allegations");
        await AssertHelpAsync(client, ReportForms.Url(id, "Others/Add"), "other.role", "other.allegationRole", "other.name", "other.relationship", "other.staffPosition");
    }

    [Fact]
    public async Task DescriptionStep_ImpactAndType_DefinitionsAndWorkedExamplesBesideTheFields()
    {
        var client = await FormClient.SignedInAsync(app, ReportForms.Reporter);
        var page = await client.GetPageAsync(ReportForms.Url(await ReportForms.StartAsync(client), "Description"));

        var impact = page.QuerySelector("fieldset details[data-help='incident.impact']")!;
        Assert.Contains("unanticipated death of a client", impact.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, impact.QuerySelectorAll("li").Count(li => li.TextContent.StartsWith("Example:", StringComparison.Ordinal)));
        var type = page.QuerySelector("#PrimaryTypeId + details[data-help='incident.primaryType']")!;
        Assert.Equal(2, type.QuerySelectorAll("li").Count(li => li.TextContent.StartsWith("Example:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PrivacyStages_EveryField_HelpFromTheCatalogue()
    {
        var client = await PrivacyClient.StartedAsync(app);
        await AssertHelpAsync(client, "/PrivacyReport/Service", "privacy.organisation", "privacy.serviceAddress", "privacy.area", "privacy.program", "privacy.serviceType");
        await client.CompleteServiceAndOfficerAsync(await ServiceChoice.AgencyOneAsync(app));

        await AssertHelpAsync(client, "/PrivacyReport/Officer", "officer.surname", "officer.givenName", "officer.jobTitle", "officer.telephone", "officer.email", "privacy.lineManager");
        await AssertHelpAsync(client, "/PrivacyReport/Dates", "privacy.occurredDate", "dates.dateAccuracy", "privacy.occurredTime", "dates.timeAccuracy", "privacy.disclosedDate", "privacy.disclosedTime");
    }

    [Fact]
    public async Task InvestigationPlanAndReviewReport_EveryField_HelpFromTheCatalogue()
    {
        var (_, investigation) = await InvestigationBuilder.AssignedAsync(app);
        var manager = await FormClient.SignedInAsync(app, InvestigationBuilder.Investigator);
        await AssertHelpAsync(manager, $"/Investigations/{investigation}/Plan", "investigation.managerPosition", "investigation.managerTelephone",
            "investigation.periodStart", "investigation.periodEnd", "investigation.incidentDetails", "investigation.policeResponse", "investigation.methodology");

        var (_, review) = await ReviewBuilder.CreateAsync(app, FollowUpAction.CaseReview);
        await AssertHelpAsync(manager, $"/Reviews/{review}/Report", "review.periodFrom", "review.periodTo", "review.incidentDetails", "review.problem",
            "review.rationale", "review.methodology", "review.interviews", "review.evidence", "review.assessment");
    }

    [Fact]
    public async Task OpenApi_ReportFields_DescribedWithTheCatalogueText()
    {
        var schemas = (await app.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!["components"]!["schemas"]!;

        Assert.Equal(Catalogue["incident.location"].Text, Description(schemas, "DescriptionForm", "location"));
        Assert.Equal(Catalogue["incident.impact"].Text, Description(schemas, "DescriptionForm", "impact"));
        Assert.Equal(Catalogue["incident.primaryType"].Text, Description(schemas, "DescriptionForm", "primaryTypeId"));
        Assert.Equal(Catalogue["client.impact"].Text, Description(schemas, "ClientForm", "impact"));
        Assert.Equal(Catalogue["incident.occurredDate"].Text, Description(schemas, "DatesForm", "occurredMonth"));
        Assert.Equal(Catalogue["officer.telephone"].Text, Description(schemas, "OfficerForm", "telephone"));
    }

    private static string? Description(JsonNode schemas, string schema, string property) =>
        schemas[schema]!["properties"]![property]!["description"]?.GetValue<string>();

    /// <summary>The page shows exactly the expected help, each from the catalogue, each summary naming its field once.</summary>
    private async Task AssertHelpAsync(FormClient client, string url, params string[] keys)
    {
        IHtmlDocument page = await client.GetPageAsync(url);
        var details = page.QuerySelectorAll("details[data-help]").ToList();

        Assert.Equal(keys, details.Select(d => d.GetAttribute("data-help")!));
        Assert.All(details, d =>
        {
            var entry = Catalogue[d.GetAttribute("data-help")!];
            Assert.Equal($"What is this? ({entry.Label})", d.QuerySelector("summary")!.TextContent);
            Assert.False(d.HasAttribute("open"));
            var shown = string.Join(" ", d.QuerySelectorAll("p, li").Select(e => e.TextContent));
            Assert.Equal(string.Join(" ", entry.Blocks.SelectMany(b => b.Items)), shown);
        });
        var summaries = details.Select(d => d.QuerySelector("summary")!.TextContent).ToList();
        Assert.Equal(summaries.Count, summaries.Distinct(StringComparer.Ordinal).Count());
    }
}
