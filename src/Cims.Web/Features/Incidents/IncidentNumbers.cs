using System.Globalization;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents;

/// <summary>
/// The department's incident report number (IRD): "IRD-" + the Melbourne year of submission + the
/// incident's own id, six digits. Stable (it never changes once given), unique (ids are unique) and
/// easy to read out on the phone. An API sandbox incident is "SBX-" instead: visibly not the department's, and no
/// IRD number is ever given for its id (docs/adr/0038-the-api-sandbox.md).
/// </summary>
public static class IncidentNumbers
{
    public const string SandboxPrefix = "SBX";

    public static string Format(int incidentId, DateTimeOffset submittedAt, bool sandbox = false) =>
        string.Create(CultureInfo.InvariantCulture, $"{(sandbox ? SandboxPrefix : "IRD")}-{submittedAt.ToMelbourne().Year}-{incidentId:D6}");
}
