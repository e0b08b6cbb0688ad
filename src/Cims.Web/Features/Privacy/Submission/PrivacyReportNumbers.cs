namespace Cims.Web.Features.Privacy.Submission;

/// <summary>The privacy incident report number: "PIR-" + the Melbourne year of submission + the report's id, six digits.</summary>
public static class PrivacyReportNumbers
{
    public static string Format(int reportId, DateTimeOffset submittedAt) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PIR-{Infrastructure.Time.MelbourneTime.ToMelbourne(submittedAt).Year}-{reportId:D6}");
}
