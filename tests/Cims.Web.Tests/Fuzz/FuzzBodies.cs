using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Cims.Web.Tests.Fuzz;

/// <summary>The bodies of hostile requests: which content type, and the bytes.</summary>
public static class FuzzBodies
{
    /// <summary>A form post: urlencoded (most), multipart with uploads, or JSON, plain text, no type or broken bytes.</summary>
    public static string Form(Hostile h, HttpRequestMessage request, List<(string Name, Wire Value)> fields, FuzzRoute route)
    {
        var files = route.Fields.Where(f => FuzzTypes.IsFile(f.Type) || FuzzTypes.ElementOf(f.Type) is { } e && FuzzTypes.IsFile(e)).ToList();
        var roll = h.Random.Next(100);
        if (files.Count > 0 && roll < 60 || roll < 12)
            return Multipart(h, request, fields, files);
        if (roll < 80)
        {
            request.Content = Bytes(string.Join('&', fields.Select(f => $"{Wire.FormEncode(f.Name)}={f.Value.Form}")), "application/x-www-form-urlencoded");
            return "urlencoded";
        }

        return Odd(h, request, fields);
    }

    /// <summary>An API body: a JSON object of hostile values (sometimes with a key twice), or JSON that is broken or too big.</summary>
    public static string Json(Hostile h, HttpRequestMessage request, List<(string Name, Wire Value)> fields, FuzzRoute route)
    {
        var roll = h.Random.Next(100);
        if (roll < 75)
        {
            request.Content = Bytes(Nested(fields), "application/json");
            return "json";
        }

        return Odd(h, request, fields);
    }

    private static string Odd(Hostile h, HttpRequestMessage request, List<(string Name, Wire Value)> fields)
    {
        var (kind, body, type) = h.Random.Next(8) switch
        {
            0 => ("json to a form", Nested(fields), "application/json"),
            1 => ("plain text", string.Join('&', fields.Select(f => $"{f.Name}={f.Value.Form}")), "text/plain"),
            2 => ("no content type", string.Join('&', fields.Select(f => $"{f.Name}={f.Value.Form}")), null),
            3 => ("charset utf-7", "a=%2BAGEAYgBj-", "application/x-www-form-urlencoded; charset=utf-7"),
            4 => ("broken json", h.Pick(["{", "{\"a\":", "[" + new string('[', 5000), "\"\\ud800\"", "{\"a\":1,\"a\":2}", ""]), "application/json"),
            5 => ("oversized", new string('a', 2_100_000), "application/x-www-form-urlencoded"),
            6 => ("empty body", "", "application/x-www-form-urlencoded"),
            _ => ("xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>", "application/xml"),
        };
        request.Content = kind == "broken json" && h.Chance(3) ? InvalidUtf8(type) : Bytes(body, type);
        return kind;
    }

    private static string Multipart(Hostile h, HttpRequestMessage request, List<(string Name, Wire Value)> fields, List<FuzzField> files)
    {
        var content = new MultipartFormDataContent($"fuzz{h.Random.Next()}");
        foreach (var (name, value) in fields)
        {
            var part = new ByteArrayContent(System.Web.HttpUtility.UrlDecodeToBytes(value.Form));
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{name}\"");
            content.Add(part);
        }

        var shown = new StringBuilder("multipart");
        foreach (var file in files.Count > 0 ? files : [new FuzzField("File", typeof(object))])
        {
            var (size, fileName, type) = (h.Random.Next(6) switch { 0 => 0, 1 => h.Chance(5) ? 26 * 1024 * 1024 : 11 * 1024 * 1024, _ => h.Random.Next(1, 3000) },
                h.Pick(["report.pdf", "\u202Efdp.exe", "../../etc/passwd", "", "a\u0000.pdf", new string('n', 400) + ".pdf", "CON.docx"]),
                h.Pick(["application/pdf", "text/html", "application/x-msdownload", "image/png", "", "nonsense"]));
            var bytes = new byte[size];
            h.Random.NextBytes(bytes);
            var part = new ByteArrayContent(bytes);
            if (type.Length > 0)
                part.Headers.TryAddWithoutValidation("Content-Type", type);
            // Written by hand: a broken client's file name (a NUL, a bidi override) is no valid header value to HttpClient.
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{file.Name}\"; filename=\"{fileName}\"");
            content.Add(part);
            shown.Append(CultureInfo.InvariantCulture, $", file {file.Name} {size} bytes named {Wire.Show(fileName)} ({type})");
        }

        request.Content = content;
        return shown.ToString();
    }

    /// <summary>A JSON object with dotted names nested (service.areaId, clients[0].surname), values as their JSON tokens.</summary>
    private static string Nested(List<(string Name, Wire Value)> fields)
    {
        var root = new JsonTree();
        foreach (var (name, value) in fields)
            root.Add(name.Split('.'), value.Json);
        return root.ToString();
    }

    private static ByteArrayContent InvalidUtf8(string? type) =>
        WithType(new ByteArrayContent([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0x22, 0x7D]), type);

    private static ByteArrayContent Bytes(string body, string? type) => WithType(new ByteArrayContent(Encoding.UTF8.GetBytes(body)), type);

    private static ByteArrayContent WithType(ByteArrayContent content, string? type)
    {
        if (type is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }
}
