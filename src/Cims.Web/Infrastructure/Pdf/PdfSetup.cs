using System.Reflection;
using PdfSharp.Fonts;

namespace Cims.Web.Infrastructure.Pdf;

/// <summary>
/// PDFsharp's process-wide setting (PDFsharp 6.2.4, MIT; docs/adr/0005): a font resolver that serves
/// the embedded DejaVu Sans faces, so PDFs render the same on every machine and embed an open font.
/// </summary>
public static class PdfSetup
{
    private static readonly Lock Gate = new();
    private static bool _configured;

    public static void EnsureConfigured()
    {
        lock (Gate)
        {
            if (_configured)
                return;
            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();
            _configured = true;
        }
    }

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[]? GetFont(string faceName)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Cims.Web.Infrastructure.Pdf.Fonts.{faceName}.ttf");
            if (stream is null)
                return null;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
