using Cims.Domain.Common;
using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Cims.Web.Features.Shared;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Containment;

/// <summary>
/// Stage 6: what was disclosed, what was done, who was consulted, whether the information is contained,
/// whether there is further risk and whether a breach occurred, with the case notes and the files.
/// Codes are checked against the option lists valid today.
/// </summary>
public sealed class ContainmentStage(ReportChoices choices, PrivacyFiles files, TimeProvider clock)
{
    public static readonly Error UnknownInformation = new("privacy.information", "Choose the information disclosed from the list.", "InformationDisclosed");

    public static readonly Error UnknownConsultation = new("privacy.consultation", "Choose the consultation taken from the list.", "Consultation");

    public static readonly Error UnknownStatus = new("privacy.disclosure_status", "Choose the status of the information disclosed from the list.", "DisclosureStatus");

    public Task<PrivacyContainmentForm> FormAsync(Report report, CancellationToken ct)
    {
        var c = report.Containment;
        var form = c is null ? new PrivacyContainmentForm() : new PrivacyContainmentForm
        {
            InformationDisclosed = c.InformationDisclosed,
            ActionsTaken = c.ActionsTaken,
            Consultation = c.Consultation,
            ConsultationOther = c.ConsultationOther,
            DisclosureStatus = c.DisclosureStatus,
            FurtherRisk = c.FurtherRisk,
            BreachOccurred = c.BreachOccurred,
            CaseNotes = c.CaseNotes,
        };
        return WithChoicesAsync(report, form with { Version = report.Version }, ct);
    }

    /// <summary>The form with the option lists and the draft's files, to show it (again).</summary>
    public async Task<PrivacyContainmentForm> WithChoicesAsync(Report report, PrivacyContainmentForm form, CancellationToken ct) => form with
    {
        InformationOptions = await choices.OptionsAsync(OptionLists.InformationDisclosed, ct),
        ConsultationOptions = await choices.OptionsAsync(OptionLists.ConsultationTaken, ct),
        StatusOptions = await choices.OptionsAsync(OptionLists.DisclosureStatus, ct),
        Files = await files.ListAsync(report.Id, ct),
    };

    public async Task<Result> ApplyAsync(Report report, PrivacyContainmentForm form, CancellationToken ct)
    {
        if (!await AllKnownAsync(OptionLists.InformationDisclosed, form.InformationDisclosed!, ct))
            return UnknownInformation;
        if (!await AllKnownAsync(OptionLists.ConsultationTaken, form.Consultation!, ct))
            return UnknownConsultation;
        if (!await AllKnownAsync(OptionLists.DisclosureStatus, [form.DisclosureStatus!], ct))
            return UnknownStatus;
        return report.SetContainment(new PrivacyContainment(
            [.. form.InformationDisclosed!.Distinct()],
            Trimmed(form.ActionsTaken),
            [.. form.Consultation!.Distinct()],
            form.ConsultedOther ? Trimmed(form.ConsultationOther) : null,
            form.DisclosureStatus!,
            form.FurtherRisk!.Value,
            form.BreachOccurred!.Value,
            Trimmed(form.CaseNotes)), clock.GetUtcNow());
    }

    private async Task<bool> AllKnownAsync(string list, IEnumerable<string> codes, CancellationToken ct)
    {
        var known = (await choices.OptionsAsync(list, ct)).Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        return codes.All(known.Contains);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
