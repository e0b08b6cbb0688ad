using System.Text.Json.Serialization;

namespace Cims.Web.Features.Shared.Steps;

/// <summary>
/// What every step form posts besides its fields: the version of the draft it started from and the button pressed.
/// Neither is part of a form sent as JSON through the API, which has no draft and no buttons.
/// </summary>
public abstract record StepForm
{
    [JsonIgnore]
    public Guid? Version { get; init; }

    [JsonIgnore]
    public string? Nav { get; init; }
}
