namespace Cims.Web.Infrastructure.Startup;

/// <summary>The "Cims" configuration section.</summary>
public sealed class CimsOptions
{
    public const string Section = "Cims";

    /// <summary>Folder for the SQLite file, logs, e-mail pickup and uploads; relative to the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Production (the default) or Training: the training environment (docs/adr/0052).</summary>
    public Training.CimsEnvironment Environment { get; set; } = Training.CimsEnvironment.Production;

    /// <summary>Seed demo organisations and accounts (training mode). Default true in Development.</summary>
    public bool SeedDemo { get; set; }

    /// <summary>Password of every demo account.</summary>
    public string? DemoPassword { get; set; }

    /// <summary>Require an authenticator app for department roles and authorised delegates.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>Write logs to a rolling file in the data folder as well as the console.</summary>
    public bool LogToFile { get; set; } = true;

    /// <summary>The address used in links inside e-mails when there is no current request.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Where users can get this deployment's source code (linked from the footer's "Source code" page).</summary>
    public string? SourceCodeUrl { get; set; }

    public string DataPath(string contentRoot, params string[] parts) =>
        Path.Combine([Path.GetFullPath(Path.Combine(contentRoot, DataFolder)), .. parts]);
}
