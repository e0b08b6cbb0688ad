using System.Text.RegularExpressions;
using Cims.Domain.Incidents;

namespace Cims.Web.Features.Incidents.Analysis.Lessons;

/// <summary>
/// Takes the names recorded in an incident (clients, other people, the reporting officer and line manager, the
/// investigation or review manager) out of a lesson's text: each word of a name, written with a capital (as names are),
/// becomes "[name]". Lower-case words are left ("staff" in "two staff on shift" stays even when a subject is "Pat Staff").
/// </summary>
public sealed class Redaction
{
    private readonly Regex? _names;

    private Redaction(IEnumerable<string?> names)
    {
        var words = names.Where(n => !string.IsNullOrWhiteSpace(n))
            .SelectMany(n => n!.Split([' ', ',', '.', '(', ')', '/', '-', '\''], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(w => w.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).ToList();
        _names = words.Count == 0 ? null
            : new Regex($@"\b(?:{string.Join("|", words.Select(Regex.Escape))})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static Redaction For(Incident incident, params string?[] more) => new(
        incident.Clients.SelectMany(c => new[] { c.GivenName, c.Surname })
            .Concat(incident.Others.Select(o => o.Name))
            .Concat(incident.Officer is { } officer ? [officer.GivenName, officer.Surname, officer.LineManagerName] : [])
            .Concat(more));

    public string Apply(string text) =>
        _names is null ? text : _names.Replace(text, m => char.IsUpper(m.Value[0]) ? "[name]" : m.Value);
}
