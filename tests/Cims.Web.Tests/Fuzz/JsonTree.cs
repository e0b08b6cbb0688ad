using System.Text;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// A JSON object built from dotted paths whose leaves are raw tokens (which may be invalid on purpose); a name given
/// twice is written twice, as a hostile client would. "clients[0]" makes an array of one object.
/// </summary>
public sealed class JsonTree
{
    private readonly List<(string Name, JsonTree? Child, string? Token, bool Array)> _members = [];

    public void Add(string[] path, string token)
    {
        if (path.Length == 1)
        {
            _members.Add((path[0], null, token, false));
            return;
        }

        var name = path[0].Split('[')[0];
        var existing = _members.FindIndex(m => m.Name == name && m.Child is not null);
        if (existing < 0)
        {
            _members.Add((name, new JsonTree(), null, path[0].Contains('[')));
            existing = _members.Count - 1;
        }

        _members[existing].Child!.Add(path[1..], token);
    }

    public override string ToString()
    {
        var json = new StringBuilder("{");
        foreach (var (name, child, token, array) in _members)
        {
            json.Append(Wire.JsonString(name)).Append(':');
            json.Append(child is null ? token : array ? $"[{child}]" : child.ToString()).Append(',');
        }

        return json.ToString().TrimEnd(',') + "}";
    }
}
