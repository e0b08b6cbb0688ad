using Cims.Browser.Tests.Infrastructure;
using Cims.Browser.Tests.Journeys;
using Cims.Web.Tests.Account;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

/// <summary>
/// Onboarding a funded organisation in Chromium: the public request form (its error summary, then sent), the requester's
/// status page, the CIMS administrator's queue and review page, a question answered on the status page, and the approval:
/// every page passes axe-core at 1280 and 320 px. Then the organisation's first administrator accepts the e-mailed
/// invitation, sets up an authenticator app and invites a reporter, who accepts and files and submits a report.
/// </summary>
public sealed class OnboardingPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Fact]
    public async Task RequestAskAnswerApprove_EveryPagePassesAxeAtBothWidths()
    {
        var requester = await app.NewPageAsync(width: 320);
        await requester.GotoAsync("/Onboarding/Request");
        await requester.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await AssertSummaryLinkFocusesInvalidFieldAsync(requester, "Enter the organisation's legal name.", "LegalName");
        await AssertAccessibleAtBothWidthsAsync(requester);

        await requester.GetByLabel("Legal name").FillAsync("Browser Harbour Care Ltd");
        await requester.GetByLabel("ABN").FillAsync("49 004 028 077");
        await requester.Locator("input[name=AreaIds]").First.CheckAsync();
        await requester.Locator("input[name=ServiceTypeIds]").First.CheckAsync();
        await requester.Locator("#ContactName").FillAsync("Pat Contact");
        await requester.Locator("#ContactEmail").FillAsync("pat-contact@requests.example");
        await requester.Locator("#AdministratorName").FillAsync("Ari Admin");
        await requester.Locator("#AdministratorEmail").FillAsync("ari.admin@harbour.example");
        await requester.Locator("#Declaration").CheckAsync();
        await requester.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(requester.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your request to use CIMS");
        var reference = (await requester.Locator("main").TextContentAsync())!;
        await AssertAccessibleAtBothWidthsAsync(requester);
        var statusPage = requester.Url;

        var admin = await app.SignedInPageAsync(CimsAdmin);
        await AssertAccessibleAtBothWidthsAsync(admin, "/OnboardingRequests");
        var link = admin.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^ONB-") }).First;
        Assert.Contains((await link.TextContentAsync())!.Trim(), reference, StringComparison.Ordinal);
        await link.ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Onboarding request ONB-");
        await AssertAccessibleAtBothWidthsAsync(admin);
        await admin.GetByLabel("Your question").FillAsync("Which of your sites will report first?");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ask the requester" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#question")).ToHaveTextAsync("Which of your sites will report first?");

        await requester.GotoAsync(statusPage);
        await Assertions.Expect(requester.Locator("#question")).ToHaveTextAsync("Which of your sites will report first?");
        await AssertAccessibleAtBothWidthsAsync(requester);
        await requester.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await AssertSummaryLinkFocusesInvalidFieldAsync(requester, (await requester.Locator("#Answer-error").TextContentAsync())!.Trim(), "Answer");
        await AssertAccessibleAtBothWidthsAsync(requester);
        await requester.GetByLabel("Your answer").FillAsync("The Geelong office, from February.");
        await requester.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Assertions.Expect(requester.Locator("#question")).ToHaveCountAsync(0);

        await admin.ReloadAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve and invite the administrator" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#status")).ToHaveTextAsync("Approved");
        await AssertAccessibleAtBothWidthsAsync(admin);
        await requester.GotoAsync(statusPage);
        await Assertions.Expect(requester.GetByRole(AriaRole.Main)).ToContainTextAsync("was e-mailed an invitation");
        await AssertAccessibleAtBothWidthsAsync(requester);

        var firstAdministrator = await AcceptInvitationAsync("ari.admin@harbour.example");
        await SetUpAuthenticatorAsync(firstAdministrator);
        await InviteReporterAsync(firstAdministrator, "robin.reporter@harbour.example");
        var reporter = await AcceptInvitationAsync("robin.reporter@harbour.example");
        await FileAndSubmitReportAsync(reporter);
    }

    /// <summary>Opens the newest invitation e-mailed to <paramref name="email"/>, chooses the password and signs in.</summary>
    private async Task<IPage> AcceptInvitationAsync(string email)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(MailBox.LatestLinkFor(app.MailFolder, email));
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(BrowserApp.Password);
        await page.GetByLabel("New password again").FillAsync(BrowserApp.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save new password" }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await BrowserApp.SignInAsync(page, email);
        return page;
    }

    private static async Task SetUpAuthenticatorAsync(IPage page)
    {
        await page.GotoAsync("/Manage/EnableAuthenticator");
        var key = (await page.Locator("#shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check code and turn on" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Manage/RecoveryCodes$"));
    }

    private static async Task InviteReporterAsync(IPage page, string email)
    {
        await page.GotoAsync("/Users/Create");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Robin Reporter");
        await page.GetByLabel("Reporter", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user and send invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(email);
    }

    /// <summary>The organisation's new reporter files a non-major incident from yesterday and submits it for endorsement.</summary>
    private static async Task FileAndSubmitReportAsync(IPage page)
    {
        var form = new ReportFormDriver(page, new AxeOnce());
        await form.StartAsync();
        await form.ServiceAsync(program: null);
        await form.OfficerAsync();
        await form.DatesAsync("09:15", DateOnly.FromDateTime(DateTime.UtcNow.AddHours(10)).AddDays(-1));
        await form.DescriptionAsync(false, "Day program room", "The client tripped over a loose mat and grazed her knee.");
        await form.AddClientAsync(new("Jo", "Harbour", "200111", "03/04/1992", false, "Grazed knee"));
        await form.ClientsDoneAsync();
        await form.OthersDoneAsync();
        await form.ActionsAsync(policeReference: null);
        await form.DeclareAndSubmitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("submitted", new() { IgnoreCase = true });
    }
}
