using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Domain.Onboarding;
using Cims.Web.Data;
using Cims.Web.Features.Admin.Organisations;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Onboarding;

/// <summary>What the requester is given once the request is saved: its reference and the secret of its status link.</summary>
public sealed record OnboardingSubmitted(string Reference, string Key);

/// <summary>
/// The moves of an onboarding request other than approval, each audited and saved at the version read: the public
/// submission (duplicate ABN refused), the requester's answer, the CIMS administrator's question and refusal. The
/// requester's contact is e-mailed after each.
/// </summary>
public sealed class OnboardingActions(
    CimsDbContext db, OnboardingChecks checks, LoadOrganisationChoices choices, AuditLog audit, OnboardingMail mail, TimeProvider clock)
{
    public async Task<Result<OnboardingSubmitted>> SubmitAsync(OnboardingForm form, StatusLink link, CancellationToken ct)
    {
        if (await checks.AbnTakenAsync(form.Abn!, null, ct) is { } taken)
            return taken;
        var offered = await choices.RunAsync(ct);
        var details = form.Details() with
        {
            AreaIds = OrganisationWrites.Chosen(form.AreaIds, offered.AreaIds, []),
            ServiceTypeIds = OrganisationWrites.Chosen(form.ServiceTypeIds, offered.ServiceTypeIds, []),
        };
        var (key, hash) = OnboardingChecks.NewStatusKey();
        var submitted = OnboardingRequest.Submit(details, hash, clock.GetUtcNow());
        if (submitted.Failed)
            return submitted.Error;
        var request = submitted.Value;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.OnboardingRequests.Add(request);
            await db.SaveChangesAsync(ct);
            audit.Record("onboarding.requested", OnboardingChecks.EntityType, OnboardingChecks.Key(request.Id),
                $"{request.Reference}: {request.LegalName}, ABN {request.Abn}\nContact: {request.ContactName}, {request.ContactEmail}\n"
                + $"First administrator: {request.AdministratorName}, {request.AdministratorEmail}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await mail.TellAsync(request.ContactEmail, request.Reference,
            $"We received the request of {request.LegalName} to use the client incident register. The department will review it.",
            link(request.Reference, key), ct);
        return Result<OnboardingSubmitted>.Ok(new OnboardingSubmitted(request.Reference, key));
    }

    /// <summary>The requester answers; <paramref name="request"/> was found by its reference and key.</summary>
    public async Task<Result> AnswerAsync(OnboardingRequest request, AnswerForm form, CancellationToken ct)
    {
        if (form.Version != request.Version)
            return OnboardingErrors.Concurrency;
        return await MoveAsync(request, "onboarding.answered", r => r.Answer(form.Answer, clock.GetUtcNow()), null, ct);
    }

    public Task<Result> AskAsync(ClaimsPrincipal user, int id, AskForm form, CancellationToken ct) =>
        DecideAsync(id, form.Version, "onboarding.information_requested", r => r.AskForInformation(form.Question, Actor(user), clock.GetUtcNow()),
            r => $"The department needs more information about the request of {r.LegalName}: {r.Question} Answer on your request's status page.", ct);

    public Task<Result> DeclineAsync(ClaimsPrincipal user, int id, OnboardingDeclineForm form, CancellationToken ct) =>
        DecideAsync(id, form.Version, "onboarding.declined", r => r.Decline(form.Reason, Actor(user), clock.GetUtcNow()),
            r => $"The department declined the request of {r.LegalName} to use the client incident register: {r.Reason}", ct);

    public static Actor Actor(ClaimsPrincipal user) => new(user.UserId(), user.DisplayName());

    private async Task<Result> DecideAsync(
        int id, Guid? version, string action, Func<OnboardingRequest, Result> move, Func<OnboardingRequest, string> tell, CancellationToken ct)
    {
        if (await db.OnboardingRequests.SingleOrDefaultAsync(r => r.Id == id, ct) is not { } request)
            return OnboardingErrors.NotFound(id);
        if (version != request.Version)
            return OnboardingErrors.Concurrency;
        return await MoveAsync(request, action, move, tell, ct);
    }

    private async Task<Result> MoveAsync(
        OnboardingRequest request, string action, Func<OnboardingRequest, Result> move, Func<OnboardingRequest, string>? tell, CancellationToken ct)
    {
        var moved = move(request);
        if (moved.Failed)
            return moved.Error;
        audit.Record(action, OnboardingChecks.EntityType, OnboardingChecks.Key(request.Id), request.History[^1].Reason);
        var saved = await db.SaveOrStaleAsync(OnboardingErrors.Concurrency, ct);
        if (!saved.Failed && tell is not null)
            await mail.TellAsync(request.ContactEmail, request.Reference, tell(request), null, ct);
        return saved;
    }
}
