using Cims.Domain.Onboarding;
using Cims.Domain.Reference;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Admin.Onboarding;

public sealed record OnboardingRow(int Id, string Reference, string LegalName, string Abn, OnboardingStatus Status, DateTimeOffset RequestedAt);

/// <summary>A request as the CIMS administrator and (through the status link) the requester see it.</summary>
public sealed record OnboardingView(
    OnboardingRequest Request, IReadOnlyList<string> Areas, IReadOnlyList<string> ServiceTypes, string? OrganisationName)
{
    public bool CanDecide => Request.Status == OnboardingStatus.Requested;

    public bool CanDecline => Request.IsOpen;

    public bool CanAnswer => Request.Status == OnboardingStatus.InformationRequested;
}

/// <summary>The status page: the request, and the key of its link (posted back with an answer).</summary>
public sealed record OnboardingStatusPage(OnboardingView View, string Key, AnswerForm Answer);

/// <summary>Reads for the onboarding pages: the queue (open requests first), a request, and a request by reference and key.</summary>
public sealed class OnboardingPages(CimsDbContext db)
{
    public async Task<IReadOnlyList<OnboardingRow>> QueueAsync(CancellationToken ct)
    {
        var rows = await db.OnboardingRequests.AsNoTracking()
            .OrderBy(r => r.Status == OnboardingStatus.Requested ? 0 : r.Status == OnboardingStatus.InformationRequested ? 1 : 2)
            .ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.LegalName, r.Abn, r.Status, r.RequestedAt })
            .Take(500).ToListAsync(ct);
        return [.. rows.Select(r => new OnboardingRow(r.Id, OnboardingRequest.FormatReference(r.RequestedAt.Year, r.Id), r.LegalName, r.Abn, r.Status, r.RequestedAt))];
    }

    public async Task<OnboardingView?> ViewAsync(int id, CancellationToken ct) =>
        await db.OnboardingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } request ? await ViewOfAsync(request, ct) : null;

    /// <summary>The request the link opens: its reference and the key whose hash it keeps. Anything else is null (404).</summary>
    public async Task<OnboardingRequest?> FindByLinkAsync(string? reference, string? key, bool tracked, CancellationToken ct)
    {
        if (OnboardingRequest.IdOf(reference) is not { } id)
            return null;
        var query = tracked ? db.OnboardingRequests : db.OnboardingRequests.AsNoTracking();
        var request = await query.SingleOrDefaultAsync(r => r.Id == id, ct);
        return request is not null && request.Reference == reference!.Trim() && OnboardingChecks.KeyMatches(key, request.StatusKeyHash) ? request : null;
    }

    public async Task<OnboardingView> ViewOfAsync(OnboardingRequest request, CancellationToken ct)
    {
        var areaIds = request.AreaIdList;
        var typeIds = request.ServiceTypeIdList;
        var areas = await db.Areas.AsNoTracking().Where(a => areaIds.Contains(a.Id))
            .OrderBy(a => a.Division!.SortOrder).ThenBy(a => a.SortOrder).Select(a => Area.Label(a.Division!.Name, a.Name)).ToListAsync(ct);
        var types = await db.ServiceTypes.AsNoTracking().Where(s => typeIds.Contains(s.Id))
            .OrderBy(s => s.Program!.SortOrder).ThenBy(s => s.SortOrder).Select(s => s.Program!.Name + ": " + s.Name).ToListAsync(ct);
        var organisation = request.OrganisationId is { } orgId
            ? await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).SingleOrDefaultAsync(ct) : null;
        return new OnboardingView(request, areas, types, organisation);
    }
}
