using Cims.Domain.Common;
using Cims.Web.Features.Shared;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Admin.Users;

/// <summary>User accounts. Which users an administrator may see is decided in <see cref="UserVisibility"/>.</summary>
[Authorize(Policy = Policies.UserAdministrator)]
public sealed class UsersController(GetUser get) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(UserSearch filters, [FromServices] ListUsers list, CancellationToken ct) =>
        View(await list.RunAsync(User, filters, ct));

    [HttpGet]
    public async Task<IActionResult> Details(string id, CancellationToken ct) =>
        await get.DetailsAsync(User, id, ct) is { } details ? View(details) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Create(int? organisationId, CancellationToken ct) =>
        View(await get.WithChoicesAsync(User, new UserCreateForm { OrganisationId = organisationId }, ct));

    [HttpPost]
    public async Task<IActionResult> Create(UserCreateForm form, [FromServices] CreateUser create, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await create.RunAsync(User, form, InvitationLink, ct) : default;
        if (!ModelState.IsValid || result.Failed)
            return await RedisplayAsync(form, result.Error, ct);
        var created = result.Value;
        TempData["Flash"] = created.InvitationProblem is { } problem
            ? $"User {created.Email} added. {problem.Message}"
            : $"User {created.Email} added, and an invitation to choose a password was e-mailed to them.";
        return RedirectToAction(nameof(Details), new { id = created.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id, CancellationToken ct) =>
        await get.EditFormAsync(User, id, ct) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(string id, UserEditForm form, [FromServices] EditUser edit, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await edit.RunAsync(User, id, form, ct) : default;
        if (result.Error is { } error && error.IsNotFound)
            return NotFound();
        if (ModelState.IsValid && !result.Failed)
        {
            TempData["Flash"] = "Your changes to the user were saved.";
            return RedirectToAction(nameof(Details), new { id });
        }

        return await EditPageAsync(id, form, result.Error, ct);
    }

    [HttpGet]
    public async Task<IActionResult> Deactivate(string id, CancellationToken ct) => await Details(id, ct);

    [HttpPost]
    public async Task<IActionResult> Deactivate(string id, [FromServices] DeactivateUser deactivate, CancellationToken ct) =>
        await DoneAsync(id, await deactivate.RunAsync(User, id, ct), "The user was deactivated and signed out.", ct);

    [HttpGet]
    public async Task<IActionResult> Reactivate(string id, CancellationToken ct) => await Details(id, ct);

    [HttpPost]
    public async Task<IActionResult> Reactivate(string id, [FromServices] ReactivateUser reactivate, CancellationToken ct) =>
        await DoneAsync(id, await reactivate.RunAsync(User, id, ct), "The user was reactivated.", ct);

    [HttpGet]
    public async Task<IActionResult> ResetAuthenticator(string id, CancellationToken ct) => await Details(id, ct);

    [HttpPost]
    public async Task<IActionResult> ResetAuthenticator(string id, [FromServices] ResetUserAuthenticator reset, CancellationToken ct) =>
        await DoneAsync(id, await reset.RunAsync(User, id, ct),
            "The user's authenticator app was reset and they were signed out. They set it up again when they next sign in.", ct);

    [HttpPost]
    public async Task<IActionResult> ResendInvitation(string id, [FromServices] ResendInvitation resend, CancellationToken ct) =>
        await DoneAsync(id, await resend.RunAsync(User, id, InvitationLink, ct), "A new invitation was e-mailed to the user.", ct);

    /// <summary>POST-Redirect-GET after a status change; an expected failure shows on the page that was posted.</summary>
    private async Task<IActionResult> DoneAsync(string id, Result result, string flash, CancellationToken ct)
    {
        if (result.Error is { } error && error.IsNotFound)
            return NotFound();
        if (!result.Failed)
        {
            TempData["Flash"] = flash;
            return RedirectToAction(nameof(Details), new { id });
        }

        ModelState.AddError(result.Error);
        var details = await get.DetailsAsync(User, id, ct);
        return details is null ? NotFound() : View(ControllerContext.ActionDescriptor.ActionName == nameof(ResendInvitation) ? nameof(Details) : null, details);
    }

    private async Task<IActionResult> EditPageAsync(string id, UserEditForm form, Error? error, CancellationToken ct)
    {
        if (error is not null)
            ModelState.AddError(error);
        var stale = error == UserErrors.Concurrency;
        if (stale)
            ModelState.Remove(nameof(UserEditForm.ConcurrencyStamp));
        return await get.WithChoicesAsync(User, id, form, stale, ct) is { } page ? View(page) : NotFound();
    }

    private async Task<IActionResult> RedisplayAsync(UserCreateForm form, Error? error, CancellationToken ct)
    {
        if (error is not null)
            ModelState.AddError(error);
        return View(nameof(Create), await get.WithChoicesAsync(User, form, ct));
    }

    /// <summary>The absolute link of the invitation e-mail: the password page with the user's id and reset code.</summary>
    private string InvitationLink(string userId, string code) =>
        Url.Action("Reset", "Password", new { userId, code }, Request.Scheme)
        ?? UriHelper.BuildAbsolute(Request.Scheme, Request.Host, Request.PathBase, "/Password/Reset",
            QueryString.Create(new Dictionary<string, string?> { ["userId"] = userId, ["code"] = code }));
}
