using AngleSharp.Html.Dom;
using Cims.Domain.Incidents;
using Cims.Web.Tests.Infrastructure;
using static Cims.Web.Tests.Incidents.Reviews.ReviewSetup;

namespace Cims.Web.Tests.Incidents.MyWork;

/// <summary>Review work in "My work": the delegate assigns and approves, the manager writes, department staff decide; nobody sees another organisation's.</summary>
public abstract class MyWorkReviewTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    [Fact]
    public async Task MyWork_ReviewAtEachStep_WaitsForTheOneWhoActsNext()
    {
        var awaiting = await DeterminedAsync(app, FollowUpAction.CaseReview, E2Day);
        var (_, writing) = await OpenAsync(app, FollowUpAction.RcaReview, E2Day);
        var (_, approving) = await OpenAsync(app, FollowUpAction.CaseReview, E2Day, complete: true, submit: true);
        var (_, deciding) = await OpenAsync(app, FollowUpAction.RcaReview, E2Day, complete: true, submit: true, approve: true);

        var delegateLinks = WorkLinks(await HomeAsync(DelegateEmail));
        Assert.Contains($"/Incidents/{awaiting}/Review/Assign", delegateLinks);
        Assert.Contains($"/Reviews/{approving}", delegateLinks);
        Assert.DoesNotContain($"/Reviews/{writing}", delegateLinks);

        var managerLinks = WorkLinks(await HomeAsync(Investigator));
        Assert.Contains($"/Reviews/{writing}", managerLinks);
        Assert.DoesNotContain($"/Reviews/{approving}", managerLinks);

        var staffLinks = WorkLinks(await HomeAsync(DepartmentStaff));
        Assert.Contains($"/Reviews/{deciding}", staffLinks);
        Assert.DoesNotContain($"/Reviews/{approving}", staffLinks);

        var otherLinks = WorkLinks(await HomeAsync(OtherDelegate));
        Assert.DoesNotContain($"/Incidents/{awaiting}/Review/Assign", otherLinks);
        Assert.DoesNotContain($"/Reviews/{approving}", otherLinks);
    }

    private async Task<IHtmlDocument> HomeAsync(string email) => await (await FormClient.SignedInAsync(app, email)).GetPageAsync("/");

    private static List<string> WorkLinks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#my-work [data-work-item] a").Select(a => a.GetAttribute("href")!)];
}

public sealed class SqliteMyWorkReviewTests(SqliteApp app) : MyWorkReviewTests<SqliteApp>(app);

public sealed class PostgresMyWorkReviewTests(PostgresApp app) : MyWorkReviewTests<PostgresApp>(app);
