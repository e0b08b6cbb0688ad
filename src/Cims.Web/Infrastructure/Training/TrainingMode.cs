using Cims.Web.Infrastructure.Startup;
using Microsoft.Extensions.Options;

namespace Cims.Web.Infrastructure.Training;

/// <summary>The kind of deployment: the register itself, or the training environment beside it (docs/adr/0052).</summary>
public enum CimsEnvironment
{
    Production,
    Training,
}

/// <summary>
/// The one place that decides whether this deployment is the training environment (<c>Cims:Environment</c>). The
/// seams that behave differently there (the banner, the PDF marking, e-mail kept instead of sent, draft saving, the
/// sample data) ask it; features never do.
/// </summary>
public sealed class TrainingMode(IOptions<CimsOptions> options)
{
    /// <summary>Printed on every page of every PDF, and shown in the banner.</summary>
    public const string Marking = "TRAINING — not a real incident";

    public bool IsOn => options.Value.Environment == CimsEnvironment.Training;
}
