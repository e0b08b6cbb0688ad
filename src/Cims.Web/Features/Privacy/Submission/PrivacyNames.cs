using Cims.Domain.Reference;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Submission;

/// <summary>The names a privacy report shows in place of the ids and option codes it stores, and its uploaded files' names.</summary>
public sealed record PrivacyNames(
    string? Organisation, string? Area, string? Program, string? ServiceType,
    IReadOnlyDictionary<(string List, string Code), string> Options, IReadOnlyList<string> Files)
{
    private static readonly string[] Lists =
    [
        OptionLists.DateAccuracy, OptionLists.ClientIdentifierType, OptionLists.Sex, OptionLists.IndigenousStatus,
        OptionLists.RelationshipToDepartment, OptionLists.ImmediateSafetyNeeds, OptionLists.PrivacyPrinciple,
        OptionLists.InformationDisclosed, OptionLists.ConsultationTaken, OptionLists.DisclosureStatus,
    ];

    /// <summary>The label of an option code (retired options included); the code itself when the list no longer has it.</summary>
    public string? Option(string list, string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : Options.TryGetValue((list, code), out var label) ? label : code;

    /// <summary>The labels of several codes, one a line.</summary>
    public string? Labels(string list, IEnumerable<string> codes) =>
        codes.Select(c => Option(list, c)).ToList() is { Count: > 0 } labels ? string.Join("\n", labels) : null;

    public static async Task<PrivacyNames> LoadAsync(CimsDbContext db, Report report, CancellationToken ct)
    {
        int? organisationId = report.Service?.OrganisationId, areaId = report.Service?.AreaId;
        int? programId = report.Service?.ProgramId, serviceTypeId = report.Service?.ServiceTypeId;
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var area = await db.Areas.Where(a => a.Id == areaId).Select(a => new { Division = a.Division!.Name, a.Name }).FirstOrDefaultAsync(ct);
        var program = await db.Programs.Where(p => p.Id == programId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var serviceType = await db.ServiceTypes.Where(s => s.Id == serviceTypeId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        var options = await db.OptionItems.AsNoTracking().Where(o => Lists.Contains(o.List)).Select(o => new { o.List, o.Code, o.Name }).ToListAsync(ct);
        var files = await db.PrivacyReportFiles.Where(f => f.PrivacyReportId == report.Id).OrderBy(f => f.UploadedAt).ThenBy(f => f.Id)
            .Select(f => f.FileName).ToListAsync(ct);
        return new PrivacyNames(
            organisation,
            area is null ? null : Cims.Domain.Reference.Area.Label(area.Division, area.Name),
            program,
            serviceType,
            options.GroupBy(o => (o.List, o.Code)).ToDictionary(g => g.Key, g => g.First().Name),
            files);
    }
}
