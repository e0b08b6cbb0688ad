namespace Cims.Web.Features.Shared.Steps;

/// <summary>What every step form posts besides its fields: the version of the draft it started from and the button pressed.</summary>
public abstract record StepForm
{
    public Guid? Version { get; init; }

    public string? Nav { get; init; }
}
