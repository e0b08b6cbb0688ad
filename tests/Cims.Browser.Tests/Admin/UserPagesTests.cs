using Cims.Browser.Tests.Infrastructure;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Cims.Browser.Tests.Infrastructure.PageChecks;

namespace Cims.Browser.Tests.Admin;

public sealed class UserPagesTests(BrowserApp app) : IClassFixture<BrowserApp>, IBrowserTest
{
    BrowserApp IBrowserTest.App => app;

    [Theory]
    [InlineData(CimsAdmin, "/Users")]
    [InlineData(CimsAdmin, "/Users?Search=reporter&Status=All")]
    [InlineData(CimsAdmin, "/Users/Create")]
    [InlineData(OrganisationAdmin, "/Users")]
    [InlineData(OrganisationAdmin, "/Users?Search=nobody-is-called-this&Status=Inactive")]
    [InlineData(OrganisationAdmin, "/Users/Create")]
    public async Task UserPage_DesktopAnd320_PassesAxeAndFits(string email, string path)
    {
        var page = await app.SignedInPageAsync(email);

        await AssertAccessibleAtBothWidthsAsync(page, path);
    }

    [Theory]
    [InlineData(CimsAdmin, "Riley Reporter")]
    [InlineData(CimsAdmin, "Ada Administrator")]
    [InlineData(OrganisationAdmin, "Ian Investigator")]
    public async Task UserRecordPages_DesktopAnd320_PassAxeAndFit(string email, string name)
    {
        var page = await app.SignedInPageAsync(email);

        await AssertRecordPagesAccessibleAsync(page, "/Users?Status=All", name);
    }

    [Fact]
    public async Task CreateUser_EmptyForm_ErrorSummaryLinksToEachFieldAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Users/Create");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add user and send invitation" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the user's e-mail address.", "Email");
        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Enter the user's name.", "DisplayName");
        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose at least one role.", "Roles");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task CreateUser_OrganisationAdminWithBadEmailAt320_ErrorStatePassesAxeAndFits()
    {
        var page = await app.SignedInPageAsync(OrganisationAdmin, width: 320);
        await page.GotoAsync("/Users/Create");
        await page.GetByLabel("E-mail address").FillAsync("not-an-email-address-at-all-and-rather-long-without-any-spaces");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Nova Newcomer");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add user and send invitation" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        Assert.Equal("Email", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await Assertions.Expect(page.Locator("#Email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task EditUser_NoRoles_ErrorSummaryLinksToRolesAndPassesAxe()
    {
        var page = await app.SignedInPageAsync(CimsAdmin);
        await page.GotoAsync("/Users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rowan Reporter" }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Edit Rowan Reporter", Exact = true }).ClickAsync();
        await page.GetByLabel("Reporter", new() { Exact = true }).UncheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await AssertSummaryLinkFocusesInvalidFieldAsync(page, "Choose at least one role.", "Roles");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task ResetAuthenticator_OrganisationAdmin_DetailsAndConfirmPagesPassAxeAndFit()
    {
        var id = await UserWithAuthenticatorAsync();
        var page = await app.SignedInPageAsync(OrganisationAdmin);
        await page.GotoAsync($"/Users/Details/{id}");
        var confirm = await HrefAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Reset authenticator app of Tess Twostep" }));

        await AssertAccessibleAtBothWidthsAsync(page, $"/Users/Details/{id}");
        await AssertAccessibleAtBothWidthsAsync(page, confirm);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, reset their authenticator app" }).ClickAsync();
        await Assertions.Expect(page.Locator("#two-step")).ToHaveTextAsync("Off");
    }

    /// <summary>A user of Agency One who has set up two-step sign-in (made here: demo accounts sign in without it).</summary>
    private async Task<string> UserWithAuthenticatorAsync()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CimsUser>>();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        var email = $"twostep-{Guid.NewGuid():N}@agency-one.example";
        var user = new CimsUser
        {
            UserName = email,
            Email = email,
            DisplayName = "Tess Twostep",
            OrganisationId = await db.Organisations.Where(o => o.Name == Cims.Web.Data.Seeding.DemoAccounts.AgencyOne).Select(o => o.Id).SingleAsync(),
            CreatedAt = DateTimeOffset.UtcNow,
            TwoFactorEnabled = true,
        };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Cims.Domain.Identity.Roles.Reporter)).Succeeded);
        return user.Id;
    }
}
