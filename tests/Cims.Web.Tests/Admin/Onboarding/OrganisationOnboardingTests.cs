using System.Net;
using Cims.Domain.Identity;
using Cims.Domain.Onboarding;
using Cims.Web.Infrastructure.Identity;
using Cims.Web.Tests.Account;
using Cims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cims.Web.Tests.Admin.Onboarding.OnboardingJourney;

namespace Cims.Web.Tests.Admin.Onboarding;

public abstract class OrganisationOnboardingTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : OnboardingApp
{
    [Fact]
    public async Task Journey_RequestAskAnswerApproveAccept_OrganisationAdministratorInvitesAReporterWhoSignsIn()
    {
        var status = await RequestAsync(app, Abns[0], "Harbour Care Ltd", "ari@harbour.example");
        var id = await IdAsync(app, "Harbour Care Ltd");
        Assert.Equal(status, Link(app, Contact("ari@harbour.example")));
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);
        Assert.Contains("Harbour Care Ltd", (await admin.GetPageAsync("/OnboardingRequests")).QuerySelector("tbody")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(admin, id, "Ask", F("Question", "Which sites?"))).StatusCode);
        var requester = FormClient.For(app);
        var page = await requester.GetPageAsync(status);
        Assert.Equal("Which sites?", Text(page, "#question"));
        var answered = await requester.PostWithTokenAsync(page.QuerySelector("form")!.GetAttribute("action")!, FormClient.Token(page),
            [new("Key", page.QuerySelector("input[name=Key]")!.GetAttribute("value")!), new("Version", page.QuerySelector("input[name=Version]")!.GetAttribute("value")!), new("Answer", "Geelong only.")]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(admin, id, "Approve")).StatusCode);

        Assert.Equal("Approved", Text(await requester.GetPageAsync(status), "#status"));
        var organisation = await app.WithDbAsync(db => db.Organisations.Include(o => o.Areas).SingleAsync(o => o.Name == "Harbour Care Ltd"));
        Assert.Equal(("51824753556", 1), (organisation.Abn, organisation.Areas.Count));
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(app, Link(app, "ari@harbour.example"))).StatusCode);
        var orgAdmin = FormClient.For(app);
        await orgAdmin.SignInAsync("ari@harbour.example", NewPassword);
        var form = await orgAdmin.GetPageAsync("/Users/Create");
        var created = await orgAdmin.PostWithTokenAsync("/Users/Create", FormClient.Token(form),
            [new("Email", "rae@harbour.example"), new("DisplayName", "Rae Reporter"), new("Roles", Roles.Reporter)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(app, Link(app, "rae@harbour.example"), "Rae-Reports-Well-2026")).StatusCode);
        await FormClient.For(app).SignInAsync("rae@harbour.example", "Rae-Reports-Well-2026");

        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "OnboardingRequest" && e.EntityId == Id(id)).Select(e => e.Action).ToListAsync());
        Assert.Equal(
            new[] { "onboarding.requested", "onboarding.information_requested", "onboarding.answered", "onboarding.approved" }.Order(StringComparer.Ordinal),
            actions.Order(StringComparer.Ordinal));
        var reporterOrg = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "rae@harbour.example").Select(u => u.OrganisationId).SingleAsync());
        Assert.Equal(organisation.Id, reporterOrg);
    }

    [Fact]
    public async Task Status_ReferenceWithoutKeyOrWithAnotherRequestsKey_NotFound()
    {
        var mine = await RequestAsync(app, Abns[1], "Bayside Supports", "bo@bayside.example");
        var theirs = await RequestAsync(app, Abns[2], "Coastal Homes", "cy@coastal.example");
        var client = FormClient.For(app);
        var theirKey = theirs[(theirs.IndexOf("key=", StringComparison.Ordinal) + 4)..];

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(mine)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(mine[..mine.IndexOf('?', StringComparison.Ordinal)])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(mine[..(mine.IndexOf("key=", StringComparison.Ordinal) + 4)] + theirKey)).StatusCode);
    }

    [Fact]
    public async Task Request_AbnOfAnOrganisationOrOfAWaitingRequest_RefusedBesideTheFieldWithTypedValuesKept()
    {
        await RequestAsync(app, Abns[3], "Delta Care", "di@delta.example");
        var client = FormClient.For(app);

        var again = await PostAsync(client, await FieldsAsync(client, Abns[3], "Delta Care Again", "di2@delta.example"));

        var page = await FormClient.ParseAsync(again);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already waiting", Text(page, "#Abn-error"), StringComparison.Ordinal);
        Assert.Equal("Delta Care Again", page.QuerySelector("#LegalName")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector(".error-summary"));
        await app.WithDbAsync(async db => { await db.Organisations.Where(o => o.Name == "Agency One Community Services").ExecuteUpdateAsync(s => s.SetProperty(o => o.Abn, "11005357522")); return 0; });
        var registered = await FormClient.ParseAsync(await PostAsync(client, await FieldsAsync(client, "11 005 357 522", "Agency One Again", "a1@agency.example")));
        Assert.Contains("already uses CIMS", Text(registered, "#Abn-error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_BadAbnAndNoDeclaration_MessagesBesideTheFields()
    {
        var client = FormClient.For(app);
        var fields = (await FieldsAsync(client, "51 824 753 557", "Echo Services", "ed@echo.example")).Where(f => f.Key != "Declaration");

        var page = await FormClient.ParseAsync(await PostAsync(client, fields));

        Assert.Contains("valid ABN", Text(page, "#Abn-error"), StringComparison.Ordinal);
        Assert.Contains("declaration", Text(page, "#Declaration-error"), StringComparison.Ordinal);
        Assert.Equal("51 824 753 557", page.QuerySelector("#Abn")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.OnboardingRequests.AnyAsync(r => r.LegalName == "Echo Services")));
    }

    [Theory]
    [InlineData("reporter@agency-one.example", 6)]
    [InlineData("orgadmin@agency-one.example", 7)]
    public async Task Queue_NotTheCimsAdministrator_RefusedOnGetAndPost(string email, int abn)
    {
        await RequestAsync(app, Abns[abn], $"Foxtrot {email}", $"fo-{email}");
        var id = await IdAsync(app, $"Foxtrot {email}");
        var user = await FormClient.SignedInAsync(app, email);
        var token = FormClient.Token(await user.GetPageAsync("/Manage"));

        foreach (var url in new[] { "/OnboardingRequests", $"/OnboardingRequests/{id}" })
            AssertDenied(await user.Http.GetAsync(url));
        foreach (var action in new[] { "Approve", "Decline", "Ask" })
            AssertDenied(await user.PostWithTokenAsync($"/OnboardingRequests/{id}/{action}", token, [new("Reason", "Mine"), new("Question", "Q")]));
        Assert.Equal(OnboardingStatus.Requested, await app.WithDbAsync(db => db.OnboardingRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Decline_WithoutThenWithReason_RequiredThenRequesterSeesIt()
    {
        var status = await RequestAsync(app, Abns[5], "Golf Care", "gi@golf.example");
        var id = await IdAsync(app, "Golf Care");
        var admin = await FormClient.SignedInAsync(app, CimsAdmin);

        var refused = await FormClient.ParseAsync(await PressAsync(admin, id, "Decline", F("Reason", " ")));
        Assert.Contains("reason", Text(refused, "#Reason-error"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(admin, id, "Decline", F("Reason", "Not funded by the department."))).StatusCode);

        var page = await FormClient.For(app).GetPageAsync(status);
        Assert.Equal("Declined", Text(page, "#status"));
        Assert.Contains("Not funded by the department.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("declined", MailBox.LatestBodyFor(app.MailFolder, Contact("gi@golf.example")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_UsedOnceOrAfterTheSetting_LinkRefused()
    {
        var start = app.Clock.GetUtcNow();
        var (used, expired) = (await InvitedAsync("hotel"), await InvitedAsync("india"));

        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(app, used)).StatusCode);
        Assert.Equal("This link is not valid or has expired", await HeadingAsync(app, used));
        app.Clock.Advance(TimeSpan.FromHours(71));
        Assert.NotEqual("This link is not valid or has expired", await HeadingAsync(app, expired));
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal("This link is not valid or has expired", await HeadingAsync(app, expired));
        app.Clock.AdjustTime(start);
    }

    private async Task<string> InvitedAsync(string who)
    {
        var email = $"{who}-{Guid.NewGuid():N}@example.org";
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>();
        var orgId = await app.WithDbAsync(db => db.Organisations.Where(o => o.Name == "Agency One Community Services").Select(o => o.Id).SingleAsync());
        var user = new CimsUser { UserName = email, Email = email, DisplayName = who, OrganisationId = orgId, CreatedAt = app.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        var code = Cims.Web.Features.Account.PasswordResetLink.Encode(await scope.ServiceProvider.GetRequiredService<InvitationTokens>().CreateAsync(user));
        return $"/Password/Reset?userId={user.Id}&code={code}";
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class SqliteOrganisationOnboardingTests(SqliteOnboardingApp app) : OrganisationOnboardingTests<SqliteOnboardingApp>(app);

public sealed class PostgresOrganisationOnboardingTests(PostgresOnboardingApp app) : OrganisationOnboardingTests<PostgresOnboardingApp>(app);
