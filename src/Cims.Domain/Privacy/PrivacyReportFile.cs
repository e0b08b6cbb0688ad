namespace Cims.Domain.Privacy;

/// <summary>
/// A file uploaded with a privacy incident report (stage 6, "Upload a file"). Kept in the database (every
/// web node shares it) and served only to the submitting browser or department staff. Lists query its
/// metadata only; <see cref="Data"/> is read only to download it.
/// </summary>
public sealed class PrivacyReportFile
{
    public const int MaxPerReport = 5;
    public const int FileNameMaxLength = 200;

    private PrivacyReportFile()
    {
    }

    public int Id { get; private set; }

    public int PrivacyReportId { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>The type decided from the file's first bytes, never the browser's claim.</summary>
    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public string Sha256 { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public byte[] Data { get; private set; } = [];

    public static PrivacyReportFile Create(int reportId, string fileName, string contentType, byte[] data, DateTimeOffset at) => new()
    {
        PrivacyReportId = reportId,
        FileName = fileName,
        ContentType = contentType,
        SizeBytes = data.LongLength,
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data)),
        UploadedAt = at,
        Data = data,
    };
}
