using Cims.Domain.Incidents;
using Cims.Domain.Reference;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Learn;

/// <summary>
/// The Learn pages quote the rules from what the product enforces: the settings (45 business days of extension, delegates
/// told after 3 business days here), the domain's deadlines, and the incident types the report form offers.
/// </summary>
public abstract class LearnRulesTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : LearnApp
{
    [Fact]
    public async Task Timeframes_ExtensionAndEscalationSettings_ShownAsConfigured()
    {
        var client = await FormClient.SignedInAsync(app, "investigator@agency-one.example");

        var page = await client.GetPageAsync("/Learn/investigating");

        Assert.Equal($"{LearnApp.MaxExtension} business days to the current due date",
            page.QuerySelector("[data-timeframe='extension'] [data-when]")!.TextContent.Trim());
        Assert.Equal($"{LearnApp.MaxExtension} business days", page.QuerySelector("[data-max-extension]")!.TextContent.Trim());
        Assert.Contains($"After {LearnApp.DelegateEscalation} business days overdue", page.QuerySelector("[data-reminders]")!.TextContent);
        Assert.Equal($"{FollowUpDeadlines.BusinessDays(FollowUpAction.Investigation)} business days after endorsement of the incident report",
            page.QuerySelector("[data-timeframe='followup-Investigation'] [data-when]")!.TextContent.Trim());
        Assert.Contains($"Within {ReportingDeadlines.BusinessDaysToReport} business days of becoming aware",
            page.QuerySelector("[data-timeframe='report-e2'] [data-when]")!.TextContent);
    }

    [Fact]
    public async Task IncidentTypes_RenamedAndAdded_AppearOnTheReportingModule()
    {
        var (renamed, added) = ("Medication error (wrong dose or missed)", "Unauthorised restrictive practice");
        await app.WithDbAsync(async db =>
        {
            var category = await db.IncidentCategories.OrderBy(c => c.SortOrder).FirstAsync();
            var type = await db.IncidentTypes.SingleAsync(t => t.Name == "Medication error");
            type.Edit(renamed, type.SortOrder, type.ValidFrom, type.ValidTo);
            db.IncidentTypes.Add(IncidentType.Create(category.Id, added, 99, new(false, false, true, false)));
            return await db.SaveChangesAsync();
        });
        var client = await FormClient.SignedInAsync(app, "reporter@agency-one.example");

        var page = await client.GetPageAsync("/Learn/reporting");

        var names = page.QuerySelectorAll("[data-incident-type]").Select(r => r.GetAttribute("data-incident-type")).ToList();
        Assert.Contains(renamed, names);
        Assert.Contains(added, names);
        Assert.DoesNotContain("Medication error", names);
        Assert.Contains(FollowUpRules.Suggest(ImpactLevel.Major, new(false, false, true, false), []).Reason,
            page.QuerySelector($"[data-incident-type='{added}']")!.TextContent);
        Assert.Contains(ImpactDefinitions.Major, page.QuerySelector("[data-impact]")!.TextContent);
    }

    [Fact]
    public async Task Index_ForEachRole_ItsModulesFirstAndEveryModuleListed()
    {
        var reporter = await (await FormClient.SignedInAsync(app, "reporter@agency-one.example")).GetPageAsync("/Learn");
        var analyst = await (await FormClient.SignedInAsync(app, "analyst@department.example")).GetPageAsync("/Learn");

        Assert.Equal(["end-to-end", "reporting"], Modules(reporter, "for-you"));
        Assert.Equal(["investigating", "reviewing", "using-the-data"], Modules(reporter, "others"));
        Assert.Equal(["end-to-end", "using-the-data"], Modules(analyst, "for-you"));
        Assert.NotNull(reporter.QuerySelector("nav a[href='/Learn']"));
    }

    private static List<string?> Modules(AngleSharp.Html.Dom.IHtmlDocument page, string group) =>
        [.. page.QuerySelectorAll($"[data-modules='{group}'] [data-module]").Select(m => m.GetAttribute("data-module"))];
}

public sealed class SqliteLearnRulesTests(SqliteLearnApp app) : LearnRulesTests<SqliteLearnApp>(app);

public sealed class PostgresLearnRulesTests(PostgresLearnApp app) : LearnRulesTests<PostgresLearnApp>(app);
