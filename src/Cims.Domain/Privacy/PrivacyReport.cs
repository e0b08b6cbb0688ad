using System.Buffers.Text;
using System.Security.Cryptography;
using Cims.Domain.Common;

namespace Cims.Domain.Privacy;

/// <summary>
/// A privacy incident report made through the public form (no sign-in). While a draft it is reached
/// only through its unguessable <see cref="Token"/>, and kept for <see cref="DraftLifetime"/> after the
/// last save. The later stages (dates to containment), the declaration and submission come later.
/// </summary>
public sealed class PrivacyReport
{
    public const int TokenLength = 43;

    public static readonly TimeSpan DraftLifetime = TimeSpan.FromDays(7);

    private PrivacyReport()
    {
    }

    public int Id { get; private set; }

    /// <summary>32 random bytes, base64url: the only key to a draft (kept in the reporter's cookie).</summary>
    public string Token { get; private set; } = "";

    public PrivacyReportStatus Status { get; private set; } = PrivacyReportStatus.Draft;

    /// <summary>The department's privacy incident report number, given on submission.</summary>
    public string? ReportNumber { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When an untouched draft may be deleted.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Concurrency token: renewed on every change.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public PrivacyService? Service { get; private set; }

    public PrivacyOfficer? Officer { get; private set; }

    public static PrivacyReport Start(DateTimeOffset now) => Start(NewToken(), now);

    public static PrivacyReport Start(string token, DateTimeOffset now) => new()
    {
        Token = token,
        CreatedAt = now,
        UpdatedAt = now,
        ExpiresAt = now + DraftLifetime,
    };

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public bool IsExpired(DateTimeOffset now) => Status == PrivacyReportStatus.Draft && now >= ExpiresAt;

    public Result SetService(PrivacyService service, DateTimeOffset now) => Edit(now, () => Service = service);

    public Result SetOfficer(PrivacyOfficer officer, DateTimeOffset now) => Edit(now, () => Officer = officer);

    /// <summary>The stage's mandatory fields are saved. Stages after the reporting officer are not built yet.</summary>
    public bool IsComplete(PrivacyStage stage) => stage switch
    {
        PrivacyStage.Service => Service is not null,
        PrivacyStage.Officer => Officer is not null,
        _ => false,
    };

    /// <summary>A stage can be opened once every earlier stage is complete.</summary>
    public bool CanOpen(PrivacyStage stage) => Enum.GetValues<PrivacyStage>().Where(s => s < stage).All(IsComplete);

    /// <summary>The first stage not yet complete: where the reporter carries on.</summary>
    public PrivacyStage NextStage => Enum.GetValues<PrivacyStage>().FirstOrDefault(s => !IsComplete(s), PrivacyStage.Containment);

    /// <summary>Records a save: renews the version and keeps the draft for another <see cref="DraftLifetime"/>.</summary>
    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        ExpiresAt = now + DraftLifetime;
        Version = Guid.NewGuid();
    }

    private Result Edit(DateTimeOffset now, Action change)
    {
        if (Status != PrivacyReportStatus.Draft)
            return PrivacyErrors.NotADraft;
        if (IsExpired(now))
            return PrivacyErrors.Expired;
        change();
        Touch(now);
        return Result.Ok();
    }
}
