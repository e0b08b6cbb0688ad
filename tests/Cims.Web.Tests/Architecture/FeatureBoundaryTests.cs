using System.Text.RegularExpressions;

namespace Cims.Web.Tests.Architecture;

/// <summary>
/// A feature folder (src/Cims.Web/Features/&lt;A&gt;) may use its own folders and Features/Shared, never another feature's
/// folder: no namespace (using or qualified name, relative ones included) and no view path of another feature. Files directly
/// under Features/ (the registration of every feature, the root view imports) compose the features and are exempt.
/// The source is read rather than the assembly so a reference inside a method body or a view counts too.
/// </summary>
public sealed partial class FeatureBoundaryTests
{
    /// <summary>Known cross-feature uses: (file under Features/, feature it reaches), each with its reason.</summary>
    private static readonly Dictionary<(string File, string Feature), string> Allowed = new()
    {
        [("Privacy/Containment/PrivacyFiles.cs", "Incidents")] =
            "the privacy report's uploads pass the incident attachments' checks (ContentSniffer, SafeFileName): one rule for uploaded files",
        [("Privacy/Containment/_ViewImports.cshtml", "Incidents")] =
            "the privacy report's file list describes files as attachments do (AttachmentText)",
        [("Privacy/Department/AssessPrivacyReport.cs", "Incidents")] =
            "the department links a privacy report to the client incident it became, found by its incident number",
        [("Api/Incidents/IncidentEndpoints.cs", "Incidents")] =
            "the API is a second door to the incident use cases (SubmitEndorsedReport, GetIncidentStatus) and the report form's validators: one set of rules",
        [("Api/Incidents/ReviseIncidentEndpoint.cs", "Incidents")] =
            "the revision is the incident feature's ReviseEndorsedReport with the report form's validators, answered with GetIncidentStatus as GET is",
        [("Api/Incidents/GetFollowUpEndpoint.cs", "Incidents")] =
            "the follow-up is the incident feature's GetFollowUp projection, read with the client's own access",
        [("Api/Incidents/PutFollowUpEndpoint.cs", "Incidents")] =
            "a changed recommendation goes through the endorsement feature's ChangeRecommendation and the endorsement form's rules",
        [("Api/Outcomes/GetInvestigationEndpoint.cs", "Incidents")] =
            "the investigation's outcome is the investigation feature's GetInvestigationOutcome projection, read with the client's own access",
        [("Api/Outcomes/GetReviewEndpoint.cs", "Incidents")] =
            "the review's report is the review feature's GetReviewOutcome projection, read with the client's own access",
        [("Api/Outcomes/GetActionsEndpoint.cs", "Incidents")] =
            "an incident's actions are the action register's ListIncidentActions, read with the client's own access",
        [("Api/Incidents/ChangedIncidentsEndpoint.cs", "Incidents")] =
            "the changed-incidents feed is the incident feature's ListChangedIncidents, read with the client's own access",
        [("Api/Webhooks/Outbox/WebhookOutbox.cs", "Incidents")] =
            "a webhook event carries the incident as the API's GET returns it: the incident feature's GetIncidentStatus projection, not a copy",
        [("Api/Docs/ApiFieldHelp.cs", "Incidents")] =
            "the API's request fields are the report form's own step forms, described with the same help catalogue entries as the form",
        [("Home/Dashboard.cshtml", "Incidents")] =
            "the home page shows the work waiting for the user, which the incident features know",
        [("Learn/LearnRulesSource.cs", "Incidents")] =
            "the Learn modules quote the extension limit and the small-cell threshold from the options the clock and the dashboards enforce, so they cannot drift (ADR 0054)",
        [("Learn/LearnRulesSource.cs", "Notifications")] =
            "the Learn modules quote the reminder and escalation days from the options the reminder job runs on (ADR 0054)",
    };

    [Fact]
    public void Features_ReferenceToAnotherFeature_OnlyTheAllowedOnes()
    {
        var found = CrossFeatureReferences(FeaturesFolder()).ToList();

        var forbidden = found.Where(r => !Allowed.ContainsKey((r.File, r.Feature))).Select(r => r.ToString()).ToList();
        Assert.True(forbidden.Count == 0, "A feature reaches into another feature's folder (move the shared part to Features/Shared):\n" + string.Join("\n", forbidden));
    }

    [Fact]
    public void Allowed_EveryEntry_StillNeeded()
    {
        var found = CrossFeatureReferences(FeaturesFolder()).Select(r => (r.File, r.Feature)).ToHashSet();

        Assert.DoesNotContain(Allowed.Keys, k => !found.Contains(k));
    }

    [Fact]
    public void CrossFeatureReferences_UsingQualifiedRelativeAndViewPath_AllFound()
    {
        var root = Directory.CreateTempSubdirectory("cims-features-");
        try
        {
            Write(root, "Incidents/Report/Thing.cs", "namespace Cims.Web.Features.Incidents.Report;\npublic sealed class Thing;");
            Write(root, "Shared/Kernel.cs", "namespace Cims.Web.Features.Shared;\npublic sealed class Kernel;");
            Write(root, "PrivacyReport/ByUsing.cs", "using Cims.Web.Features.Incidents.Report;\nusing Cims.Web.Features.Shared;");
            Write(root, "PrivacyReport/ByName.cs", "namespace Cims.Web.Features.PrivacyReport;\nclass A { Incidents.Report.Thing? t; }");
            Write(root, "PrivacyReport/ByComment.cs", "// see Cims.Web.Features.Incidents.Report\nclass B { string s = \"Incidents.Report\"; }");
            Write(root, "PrivacyReport/View.cshtml", "<partial name=\"~/Features/Incidents/Report/_X.cshtml\" />");
            Write(root, "FeatureRegistration.cs", "using Cims.Web.Features.Incidents;");

            var found = CrossFeatureReferences(root.FullName).Select(r => r.File).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(new[] { "PrivacyReport/ByName.cs", "PrivacyReport/ByUsing.cs", "PrivacyReport/View.cshtml" }, found);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private sealed record CrossReference(string File, int Line, string Feature, string Text)
    {
        public override string ToString() => $"{File}:{Line} uses {Feature}: {Text}";
    }

    private static IEnumerable<CrossReference> CrossFeatureReferences(string features)
    {
        var names = Directory.GetDirectories(features).Select(Path.GetFileName).OfType<string>().ToList();
        var files = Directory.EnumerateFiles(features, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal));
        foreach (var path in files)
        {
            var file = Path.GetRelativePath(features, path).Replace('\\', '/');
            if (!file.Contains('/', StringComparison.Ordinal))
                continue;
            var owner = file[..file.IndexOf('/', StringComparison.Ordinal)];
            var isCode = file.EndsWith(".cs", StringComparison.Ordinal);
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = isCode ? lines[i].Split("//")[0] : lines[i];
                var code = isCode ? StringLiteral().Replace(line, "\"\"") : line;
                foreach (var other in names.Where(n => n != owner && n != "Shared" && Mentions(line, code, n, isCode)))
                    yield return new CrossReference(file, i + 1, other, lines[i].Trim());
            }
        }
    }

    /// <summary>The feature's namespace (or, in C#, a name qualified relative to Cims.Web.Features), or a path into its folder.</summary>
    private static bool Mentions(string line, string code, string feature, bool isCode) =>
        Regex.IsMatch(code, @"Cims\.Web\.Features\." + feature + @"\b")
        || line.Contains("/Features/" + feature + "/", StringComparison.Ordinal)
        || (isCode && Regex.IsMatch(code, @"(?<![\w.""])" + feature + @"\.[A-Z]"));

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    private static void Write(DirectoryInfo root, string file, string text)
    {
        var path = Path.Combine(root.FullName, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string FeaturesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cims.sln")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "Cims.Web", "Features");
    }
}
