using System.Globalization;
using Cims.Web.Infrastructure.Time;

namespace Cims.Web.Features.Incidents;

/// <summary>
/// The department's incident report number (IRD): "IRD-" + the Melbourne year of submission + the
/// incident's own id, six digits. Stable (it never changes once given), unique (ids are unique) and
/// easy to read out on the phone.
/// </summary>
public static class IncidentNumbers
{
    public static string Format(int incidentId, DateTimeOffset submittedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"IRD-{submittedAt.ToMelbourne().Year}-{incidentId:D6}");
}
