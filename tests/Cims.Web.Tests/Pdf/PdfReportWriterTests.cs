using System.Diagnostics;
using Cims.Web.Infrastructure.Pdf;

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

    private static async Task<string> PdfFontsAsync(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        using var process = Process.Start(new ProcessStartInfo("pdffonts", [file]) { RedirectStandardOutput = true })!;
        var fonts = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(file);
        return fonts;
    }

    /// <summary>Reads a PDF's text with poppler's pdftotext, as a person copying from the PDF would.</summary>
    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
