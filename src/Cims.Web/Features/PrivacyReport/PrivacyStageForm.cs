namespace Cims.Web.Features.PrivacyReport;

/// <summary>What every stage form posts besides its fields: the version it started from and the button pressed.</summary>
public abstract record PrivacyStageForm
{
    public Guid? Version { get; init; }

    public string? Nav { get; init; }
}
