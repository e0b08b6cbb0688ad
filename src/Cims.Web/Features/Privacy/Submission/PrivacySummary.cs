using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Cims.Web.Infrastructure.Time;
using Report = Cims.Domain.Privacy.PrivacyReport;

namespace Cims.Web.Features.Privacy.Submission;

public sealed record SummaryField(string Label, string? Value);

/// <summary>A block of fields: a stage's own fields, or one person impacted.</summary>
public sealed record SummaryGroup(string? Heading, IReadOnlyList<SummaryField> Fields);

public sealed record SummaryStage(PrivacyStageInfo Stage, IReadOnlyList<SummaryGroup> Groups);

/// <summary>
/// Everything the reporter entered, stage by stage, with the guide's labels and option labels in place of
/// codes: shown read-only on the declaration page and printed in the PDF receipt.
/// </summary>
public static class PrivacySummary
{
    public static IReadOnlyList<SummaryStage> Of(Report report, PrivacyNames names) =>
    [
        Stage(PrivacyStage.Service, Group(
            F("Organisation name", names.Organisation),
            F("Address of service delivery", report.Service?.ServiceAddress.ToString()),
            F("No address match for my organisation", YesNo(report.Service?.ManualAddress)),
            F("Area", names.Area),
            F("Program", names.Program),
            F("Service type", names.ServiceType))),
        Stage(PrivacyStage.Officer, Group(
            F("Surname (family name)", report.Officer?.Surname),
            F("Given name", report.Officer?.GivenName),
            F("Reporter's job title", report.Officer?.JobTitle),
            F("Telephone", report.Officer?.Telephone),
            F("Email", report.Officer?.Email),
            F("Line Manager's Name", report.Officer?.LineManagerName))),
        Stage(PrivacyStage.Dates, Dates(report.Dates, names)),
        Stage(PrivacyStage.Description, Group(
            F("Location of incident", report.Description?.Location),
            F("Incident description", report.Description?.Description))),
        new(PrivacyStages.Of(PrivacyStage.People), [.. report.People.OrderBy(p => p.Position).Select(p => Person(p, names))]),
        Stage(PrivacyStage.Containment, Containment(report.Containment, names)),
    ];

    public static string? YesNo(bool? value) => value switch { true => "Yes", false => "No", _ => null };

    private static SummaryGroup Dates(PrivacyDates? d, PrivacyNames names) => Group(
        F("Date of incident", d?.OccurredOn.Display()),
        F("Date accuracy", names.Option(OptionLists.DateAccuracy, d?.DateAccuracy)),
        F("Time of incident", d?.OccurredAtTime.ToString("HH:mm", MelbourneTime.Culture)),
        F("Time accuracy", names.Option(OptionLists.DateAccuracy, d?.TimeAccuracy)),
        F("Date incident disclosed", d?.DisclosedAt.ToMelbourne().ToString("dd/MM/yyyy", MelbourneTime.Culture)),
        F("Time incident disclosed", d?.DisclosedAt.ToMelbourne().ToString("HH:mm", MelbourneTime.Culture)));

    private static SummaryGroup Person(PrivacyPerson p, PrivacyNames names) => new(
        string.Create(MelbourneTime.Culture, $"Person {p.Position}: {p.FullName}"),
        [
            F("Client unique identifier type", names.Option(OptionLists.ClientIdentifierType, p.IdentifierType)),
            F("Client unique identifier", p.Identifier),
            F("Surname (family name)", p.Surname),
            F("Given name", p.GivenName),
            F("Sex", names.Option(OptionLists.Sex, p.Sex)),
            F("Indigenous status", names.Option(OptionLists.IndigenousStatus, p.IndigenousStatus)),
            F("Date of birth", p.DateOfBirth?.Display()),
            F("Address", p.Address?.ToString()),
            F("No address match for the client", YesNo(p.ManualAddress)),
            F("Relationship to department", names.Option(OptionLists.RelationshipToDepartment, p.Relationship)),
            F("Have the immediate safety needs of each client been met", names.Option(OptionLists.ImmediateSafetyNeeds, p.SafetyNeedsMet)),
            F("Relevant privacy principles", names.Labels(OptionLists.PrivacyPrinciple, p.Principles)),
        ]);

    private static SummaryGroup Containment(PrivacyContainment? c, PrivacyNames names) => Group(
        F("Information disclosed", c is null ? null : names.Labels(OptionLists.InformationDisclosed, c.InformationDisclosed)),
        F("Actions taken in response to the incident", c?.ActionsTaken),
        F("Consultation taken", c is null ? null : names.Labels(OptionLists.ConsultationTaken, c.Consultation)),
        F("Who was consulted or advice sought from (Other)", c?.ConsultationOther),
        F("Status of information disclosed", names.Option(OptionLists.DisclosureStatus, c?.DisclosureStatus)),
        F("Further risk of disclosure", YesNo(c?.FurtherRisk)),
        F("Privacy breach occurred?", YesNo(c?.BreachOccurred)),
        F("Case Notes", c?.CaseNotes),
        F("Files uploaded", names.Files.Count == 0 ? null : string.Join("\n", names.Files)));

    private static SummaryStage Stage(PrivacyStage stage, SummaryGroup group) => new(PrivacyStages.Of(stage), [group]);

    private static SummaryGroup Group(params SummaryField[] fields) => new(null, fields);

    private static SummaryField F(string label, string? value) => new(label, value);
}
