namespace Cims.Web.Features.Incidents.Report;

/// <summary>What every step form posts besides its fields: the version it started from and the button pressed.</summary>
public abstract record StepForm
{
    public Guid? Version { get; init; }

    public string? Nav { get; init; }
}
