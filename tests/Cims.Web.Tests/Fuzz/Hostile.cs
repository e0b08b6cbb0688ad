using System.Globalization;

namespace Cims.Web.Tests.Fuzz;

/// <summary>
/// Seeded hostile values: over-long and empty strings, control and bidirectional-override characters, lone
/// surrogates and invalid UTF-8, numbers and dates out of range, another organisation's ids, stale concurrency tokens.
/// The same seed gives the same values, so a failure reproduces.
/// </summary>
public sealed class Hostile(Random random, FuzzIds ids)
{
    private static readonly string[] Strings =
    [
        "", " ", "\t\r\n", "\u0000", "a\u0000b", "\u0007\u001b[31m", "\u202Etxt.exe", "\u2066\u2067\u2068\u2069", "\u200B\uFEFF",
        "\uD800", "x\uDC00y", "\uDBFF\uDFFF", "<script>alert(1)</script>", "'; DROP TABLE \"Incidents\"; --", "../../etc/passwd",
        "%00", "{{7*7}}", "${jndi:ldap://x}", "=cmd|'/c calc'!A1", "null", "NaN", "-0", "٣٤", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Ω≈ç√", "😀👩‍👩‍👧",
        "e\u0301\u0301\u0301\u0301", "\u00A0", "\\", "\"", "?", "&a=b", "CON", "1 OR 1=1",
    ];

    private static readonly string[] Numbers =
    [
        "-1", "0", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1e309", "-1e309", "NaN", "Infinity",
        "1.5", "0x10", "1,000", "٣", "+-1", "00000000000000000000001", "1e2", "",
    ];

    private static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "10000-01-01", "2026-02-30", "2026-13-01", "1900-01-01", "1752-09-05", "31/12/2026",
        "2026-01-01T25:61", "today", "0000-00-00", "-2026-01-01", "2026-06-31T00:00:00+99:00", "99:99", "24:00", "",
    ];

    private static readonly string[] Raw = ["%C3%28", "%FF%FE%FD", "%ED%A0%80", "%C0%AF", "%F4%90%80%80", "%E2%82", "%", "%G1", "%00%00"];

    public Random Random => random;

    /// <summary>A hostile value for the field's type (sometimes one meant for another type).</summary>
    public Wire Value(FuzzField field)
    {
        if (random.Next(8) == 0)
            return random.Next(3) == 0 ? RawValue() : Wire.Of(Text());
        var type = FuzzTypes.Underlying(FuzzTypes.ElementOf(field.Type) ?? field.Type);
        if (type == typeof(Guid))
            return Wire.Of(Pick(["", "not-a-guid", Guid.Empty.ToString(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N")])); // stale tokens
        if (type == typeof(bool))
            return Wire.Of(Pick(["maybe", "", "true,false", "TRUE ", "1", "yes"]));
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly))
            return Wire.Of(Pick(Dates));
        if (type.IsEnum)
            return Wire.Of(Pick(["999", "-1", "", Enum.GetNames(type)[0].ToUpperInvariant() + "x", "0,1", Text()]));
        if (type != typeof(string))
            return random.Next(3) == 0 ? Token(ids.Pick(random)) : Token(Pick(Numbers));
        if (field.Name.EndsWith("Id", StringComparison.OrdinalIgnoreCase) || field.Name.EndsWith("Version", StringComparison.OrdinalIgnoreCase))
            return Wire.Of(random.Next(2) == 0 ? ids.Pick(random) : Guid.NewGuid().ToString());
        return Wire.Of(Text());
    }

    /// <summary>A hostile string: from the list, over-long, or a mix of the list's pieces.</summary>
    public string Text() => random.Next(10) switch
    {
        0 => new string('x', random.Next(257, 5000)),
        1 => string.Concat(Enumerable.Range(0, random.Next(2, 6)).Select(_ => Pick(Strings))) + new string('é', random.Next(0, 300)),
        2 => random.Next(20) == 0 ? new string('A', 1_100_000) : string.Concat(Enumerable.Repeat(Pick(Strings), random.Next(50, 400))),
        _ => Pick(Strings),
    };

    /// <summary>
    /// A value for a route parameter: ids of the user's organisation and another's, ids of nothing, hostile text. Not a
    /// NUL: Kestrel answers a path with %00 400 before CIMS sees it (the test server throws instead).
    /// </summary>
    public string RouteValue() =>
        random.Next(5) == 0 && Wire.FormEncode(Pick(Strings)) is { Length: > 0 } text && !text.Contains("%00", StringComparison.Ordinal) ? text : ids.Pick(random);

    /// <summary>A number as a JSON number token when it reads as one (a string otherwise, or now and then anyway).</summary>
    private Wire Token(string number) =>
        number.Length > 0 && char.IsAsciiDigit(number[^1]) && (char.IsAsciiDigit(number[0]) || number[0] == '-') && !number.Contains(',') && random.Next(4) > 0
            ? Wire.Token(number)
            : Wire.Of(number);

    public Wire RawValue() => Wire.Raw(Pick(Raw), Pick(["\"\\ud800\"", "1e400", "[[[[[[[[", "{\"$ref\":\"#\"}", "\"\\u0000\"", "tru"]));

    public string Number() => Pick(Numbers);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(int oneIn) => random.Next(oneIn) == 0;

    public static string Show(int n) => n.ToString(CultureInfo.InvariantCulture);
}
