using System.Diagnostics;

namespace Cims.Browser.Tests.Infrastructure;

/// <summary>The text of a PDF file, read with poppler's pdftotext.</summary>
public static class PdfText
{
    public static async Task<string> ReadAsync(string pdfPath)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdfPath, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftotext failed: {await process.StandardError.ReadToEndAsync()}");
        return text;
    }
}
