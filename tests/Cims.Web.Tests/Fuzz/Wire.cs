using System.Globalization;
using System.Text;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// One value as it goes over the wire: percent-encoded for a form (where invalid UTF-8 and lone surrogates are bytes no
/// encoder would write), as a JSON token, and shown escaped for a failure message.
/// </summary>
public sealed record Wire(string Form, string Json, string Shown)
{
    public static Wire Of(string text) => new(FormEncode(text), JsonString(text), Show(text));

    /// <summary>Bytes that are not UTF-8 (a form), or not a JSON string at all.</summary>
    public static Wire Raw(string percentEncoded, string json) => new(percentEncoded, json, $"raw {percentEncoded} / {json}");

    /// <summary>A JSON token that is not a string (a number, an object, a literal).</summary>
    public static Wire Token(string json) => new(FormEncode(json), json, json.Length > 80 ? $"{json[..60]}…({json.Length} chars)" : json);

    /// <summary>Percent-encodes UTF-8, writing a lone surrogate as its three-byte (invalid) form, as a broken client would.</summary>
    public static string FormEncode(string text)
    {
        var s = new StringBuilder(text.Length * 3);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                Bytes(s, Encoding.UTF8.GetBytes(text.Substring(i++, 2)));
            }
            else if (char.IsSurrogate(c))
            {
                Bytes(s, [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else if (c < 128 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~'))
            {
                s.Append(c);
            }
            else
            {
                Bytes(s, Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return s.ToString();
    }

    /// <summary>A JSON string literal, every character outside printable ASCII escaped (lone surrogates kept as escapes).</summary>
    public static string JsonString(string text)
    {
        var s = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            s.Append(c switch
            {
                '"' or '\\' => $"\\{c}",
                >= ' ' and < (char)127 => c.ToString(),
                _ => $"\\u{(int)c:x4}",
            });
        }

        return s.Append('"').ToString();
    }

    public static string Show(string text)
    {
        var shown = JsonString(text.Length > 80 ? text[..60] : text);
        return text.Length > 80 ? $"{shown}…({text.Length.ToString(CultureInfo.InvariantCulture)} chars)" : shown;
    }

    private static void Bytes(StringBuilder s, byte[] bytes)
    {
        foreach (var b in bytes)
            s.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
    }
}
