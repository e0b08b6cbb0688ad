namespace Cims.Domain.Reference;

/// <summary>The names of the simple option lists and their default values (domain reference §12).</summary>
public static class OptionLists
{
    public const string IndigenousStatus = "IndigenousStatus";
    public const string Sex = "Sex";
    public const string ClientIdentifierType = "ClientIdentifierType";
    public const string RelationshipToDepartment = "RelationshipToDepartment";
    public const string DateAccuracy = "DateAccuracy";
    public const string ImmediateSafetyNeeds = "ImmediateSafetyNeeds";
    public const string InformationDisclosed = "InformationDisclosed";
    public const string ConsultationTaken = "ConsultationTaken";
    public const string DisclosureStatus = "DisclosureStatus";
    public const string PrivacyPrinciple = "PrivacyPrinciple";
    public const string ImmediateAction = "ImmediateAction";
    public const string ContributingFactor = "ContributingFactor";

    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>
    {
        [IndigenousStatus] = "Indigenous status",
        [Sex] = "Sex",
        [ClientIdentifierType] = "Client unique identifier type",
        [RelationshipToDepartment] = "Relationship to department",
        [DateAccuracy] = "Date and time accuracy",
        [ImmediateSafetyNeeds] = "Immediate safety needs met",
        [InformationDisclosed] = "Information disclosed",
        [ConsultationTaken] = "Consultation taken",
        [DisclosureStatus] = "Status of information disclosed",
        [PrivacyPrinciple] = "Privacy principles",
        [ImmediateAction] = "Immediate actions",
        [ContributingFactor] = "Contributing factors (investigations)",
    };

    /// <summary>Default values: (code, label) in display order.</summary>
    public static readonly IReadOnlyDictionary<string, (string Code, string Label)[]> Defaults =
        new Dictionary<string, (string, string)[]>
        {
            [IndigenousStatus] =
            [
                ("1", "Aboriginal but not Torres Strait Islander origin"),
                ("2", "Torres Strait Islander but not Aboriginal origin"),
                ("3", "Both Aboriginal and Torres Strait Islander origin"),
                ("4", "Neither Aboriginal nor Torres Strait Islander origin"),
                ("9", "Not stated/inadequately described"),
            ],
            [Sex] = [("1", "Male"), ("2", "Female"), ("3", "Another term"), ("9", "Not stated/inadequately described")],
            [ClientIdentifierType] =
                [("CRIS", "CRIS"), ("HIIP", "HiiP number"), ("OTHER", "Other"), ("NA", "Not Applicable")],
            [RelationshipToDepartment] =
            [
                ("STAFF", "Staff Member"), ("CLIENT", "Client"), ("PUBLIC", "Member of the Public"),
                ("CARER", "Carer"), ("OTHER", "Other"),
            ],
            [DateAccuracy] = [("EXACT", "Exact"), ("ESTIMATE", "Estimate"), ("TOLD", "As I was told")],
            [ImmediateSafetyNeeds] = [("YES", "Yes"), ("NO", "No"), ("NA", "Not Applicable")],
            [InformationDisclosed] =
            [
                ("NAME", "Name"), ("ADDRESS", "Address"), ("CONTACT", "Contact details"), ("DOB", "Date of birth"),
                ("HEALTH", "Health information"), ("CASENOTES", "Case notes or client file"),
                ("IDENTIFIER", "Client identifier"), ("FINANCIAL", "Financial information"),
                ("PHOTO", "Photographs or images"), ("OTHER", "Other"),
            ],
            [ConsultationTaken] =
            [
                ("LINEMANAGER", "Line manager"), ("PRIVACY", "Organisation privacy officer"),
                ("CONTRACT", "Department contract manager (Area advisor)"), ("POLICE", "Victoria Police"),
                ("CLIENT", "Client or their family"), ("LEGAL", "Legal adviser"), ("OTHER", "Other"),
            ],
            [DisclosureStatus] =
                [("CONTAINED", "Contained"), ("NOTCONTAINED", "Not contained"), ("NOTRETRIEVABLE", "Not retrievable")],
            [PrivacyPrinciple] = PrivacyPrinciples(),
            [ContributingFactor] =
            [
                ("STAFFING", "Staffing levels or rostering"),
                ("SKILLS", "Staff training, skills or experience"),
                ("SUPERVISION", "Supervision of staff or clients"),
                ("POLICY", "Policies or procedures absent or not followed"),
                ("COMMUNICATION", "Communication, handover or record keeping"),
                ("PLANNING", "Care, behaviour support or safety planning"),
                ("CLIENTNEEDS", "The client's health, behaviour or support needs"),
                ("ENVIRONMENT", "Physical environment or equipment"),
                ("SCREENING", "Screening or checks of staff or carers"),
                ("CULTURE", "Organisational culture or leadership"),
            ],
            [ImmediateAction] =
            [
                ("SAFETY", "Client safety, health and wellbeing secured"),
                ("MEDICAL", "Medical attention obtained"),
                ("POLICE", "Victoria Police or other emergency services notified"),
                ("EVIDENCE", "Evidence preserved"),
                ("SUPPORT", "Specialist victim and support services accessed"),
                ("KEYPERSON", "Nominated key support person contacted"),
                ("CHILDPROTECTION", "Child Protection consulted"),
                ("OTHERNOTIFY", "Other notifications made"),
            ],
        };

    private static (string, string)[] PrivacyPrinciples()
    {
        string[] ipp =
        [
            "Collection", "Use and Disclosure", "Data Quality", "Data Security", "Openness",
            "Access and Correction", "Unique Identifiers", "Anonymity", "Transborder Data Flows", "Sensitive Information",
        ];
        string[] hpp =
        [
            "Collection", "Use and Disclosure", "Data Quality", "Data Security and Data Retention", "Openness",
            "Access and Correction", "Identifiers", "Anonymity", "Transborder Data Flows",
            "Transfer or Closure of the Practice of a Health Service Provider",
            "Making Information Available to Another Health Service Provider",
        ];
        return
        [
            .. ipp.Select((n, i) => ($"IPP{i + 1}", $"IPP {i + 1} – {n}")),
            .. hpp.Select((n, i) => ($"HPP{i + 1}", $"HPP {i + 1} – {n}")),
        ];
    }
}
