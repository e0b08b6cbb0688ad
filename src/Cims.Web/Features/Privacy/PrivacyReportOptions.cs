namespace Cims.Web.Features.Privacy;

/// <summary>Settings of the public privacy report (section <c>Cims</c>).</summary>
public sealed class PrivacyReportOptions
{
    /// <summary>The department's privacy policy, linked from the landing page.</summary>
    public string PrivacyPolicyUrl { get; set; } = "/Info/PrivacyStatement";
}
