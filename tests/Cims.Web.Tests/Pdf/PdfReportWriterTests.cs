using System.Diagnostics;
using Cims.Web.Infrastructure.Pdf;
using PdfSharp.Pdf.IO;

namespace Cims.Web.Tests.Pdf;

public sealed class PdfReportWriterTests
{
    [Fact]
    public async Task ToBytes_LongReport_FlowsOverPagesWithFootersAndEmbedsTheFont()
    {
        using var writer = new PdfReportWriter("Client incident report IRD-2026-000042", "CIMS – printed 23/11/2026 2:05 PM");
        writer.Title("Client incident report IRD-2026-000042");
        writer.Heading("Incident description");
        writer.Field("Location", "Lounge room – Shepparton");
        writer.Field("Description", string.Join(" ", Enumerable.Repeat("The client reported being pushed by a staff member during the evening shift.", 120)));
        writer.Field("Client", "Ngārimu O'Connor-Smith");

        var bytes = writer.ToBytes();
        var text = await PdfTextAsync(bytes);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Contains("Client incident report IRD-2026-000042", text);
        Assert.Contains("Lounge room – Shepparton", text);
        Assert.Contains("Ngārimu O'Connor-Smith", text);
        Assert.Contains("Page 1 of 3", text);
        Assert.Contains("Page 3 of 3", text);
        var fontLines = (await PdfFontsAsync(bytes)).Split('\n').Where(l => l.Contains("DejaVu", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(fontLines);
        Assert.All(fontLines, l => Assert.Contains(" yes ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ToBytes_Report_IsTaggedWithLanguageTitleAndReadingStructure()
    {
        using var writer = new PdfReportWriter("Privacy incident report PIR-2026-000007", "CIMS – printed 02/12/2026 9:05 AM");
        writer.Title("Privacy incident report PIR-2026-000007");
        writer.Heading("Dates");
        writer.Field("Date of incident", "01/12/2026");
        writer.Heading("Description");
        writer.Field("Incident description", string.Join(" ", Enumerable.Repeat("A letter was sent to the wrong address.", 150)));
        writer.Paragraph("Declared by Alex Citizen.");

        var bytes = writer.ToBytes();
        var info = await PopplerAsync("pdfinfo", bytes, file => [file]);
        var structure = await PopplerAsync("pdfinfo", bytes, file => ["-struct-text", file]);

        Assert.Contains("Tagged:          yes", info);
        Assert.Contains("Title:           Privacy incident report PIR-2026-000007", info);
        Assert.Matches(@"Pages:\s+2", info);
        var lines = structure.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal("Document", lines[0]);
        using (var read = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import))
        {
            Assert.Equal("en-AU", read.Internals.Catalog.Elements.GetString("/Lang"));
            Assert.True(read.Internals.Catalog.Elements.GetDictionary("/MarkInfo")!.Elements.GetBoolean("/Marked"));
            Assert.True(read.Internals.Catalog.Elements.GetDictionary("/ViewerPreferences")!.Elements.GetBoolean("/DisplayDocTitle"));
        }

        AssertElement(lines, "H1", "Privacy incident report PIR-2026-000007");
        AssertElement(lines, "H2", "Dates");
        AssertElement(lines, "H2", "Description");
        AssertElement(lines, "P", "Date of incident 01/12/2026");
        AssertElement(lines, "P", "Incident description A letter was sent to the wrong address. A letter was sent to the wrong address.");
        AssertElement(lines, "P", "Declared by Alex Citizen.");
        Assert.DoesNotContain(lines, l => l.Contains("Page 1 of 2", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("CIMS – printed", StringComparison.Ordinal));
        Assert.Contains("Page 2 of 2", await PdfTextAsync(bytes));
    }

    /// <summary>An element of the given type whose text (the quoted line after it) starts with the expected text.</summary>
    private static void AssertElement(List<string> lines, string type, string text) =>
        Assert.Contains(lines.Select((l, i) => (l, i)), x => x.l.StartsWith(type + " (block)", StringComparison.Ordinal)
            && x.i + 1 < lines.Count && lines[x.i + 1].StartsWith("\"" + text, StringComparison.Ordinal));

    private static Task<string> PdfFontsAsync(byte[] pdf) => PopplerAsync("pdffonts", pdf, file => [file]);

    /// <summary>Reads a PDF's text with poppler's pdftotext, as a person copying from the PDF would.</summary>
    public static Task<string> PdfTextAsync(byte[] pdf) => PopplerAsync("pdftotext", pdf, file => ["-layout", file, "-"]);

    /// <summary>Runs one of poppler's tools on the PDF (written to a temporary file) and returns what it printed.</summary>
    private static async Task<string> PopplerAsync(string tool, byte[] pdf, Func<string, string[]> arguments)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, arguments(file)) { RedirectStandardOutput = true })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
