using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Cims.Web.Infrastructure.Pdf;

/// <summary>
/// Writes a simple, readable report: a title, headings, label–value fields and paragraphs, flowing
/// over A4 pages with "Page n of N" footers. All PDFsharp drawing in CIMS goes through this class,
/// so replacing the engine (docs/adr/0005) touches one place.
/// </summary>
public sealed class PdfReportWriter : IDisposable
{
    private const double Margin = 50, LabelWidth = 170, Gap = 4;
    private readonly XFont _titleFont, _headingFont, _labelFont, _bodyFont, _footerFont;
    private readonly PdfDocument _document;
    private readonly string _footer;
    private XGraphics _graphics = null!;
    private PdfPage _page = null!;
    private double _y;

    public PdfReportWriter(string title, string footer)
    {
        PdfSetup.EnsureConfigured();
        _document = new PdfDocument();
        _titleFont = new XFont("DejaVu Sans", 16, XFontStyleEx.Bold);
        _headingFont = new XFont("DejaVu Sans", 12, XFontStyleEx.Bold);
        _labelFont = new XFont("DejaVu Sans", 9, XFontStyleEx.Bold);
        _bodyFont = new XFont("DejaVu Sans", 9, XFontStyleEx.Regular);
        _footerFont = new XFont("DejaVu Sans", 8, XFontStyleEx.Regular);
        _document.Info.Title = title;
        _document.Info.Creator = "CIMS";
        _document.Language = "en-AU";
        _footer = footer;
        NewPage();
    }

    private double Width => _page.Width.Point - (2 * Margin);

    private double Bottom => _page.Height.Point - Margin - 20;

    public void Title(string text) => WriteLines(text, _titleFont, Margin, Width, after: 10);

    public void Heading(string text)
    {
        if (_y + 60 > Bottom)
            NewPage();
        _y += 8;
        WriteLines(text, _headingFont, Margin, Width, after: 4);
        _graphics.DrawLine(XPens.Gray, Margin, _y, Margin + Width, _y);
        _y += 6;
    }

    public void Field(string label, string? value)
    {
        var labelLines = Wrap(label, _labelFont, LabelWidth - Gap);
        var valueLines = Wrap(string.IsNullOrWhiteSpace(value) ? "—" : value, _bodyFont, Width - LabelWidth);
        var lineHeight = _bodyFont.GetHeight() + 1;
        for (var i = 0; i < Math.Max(labelLines.Count, valueLines.Count); i++)
        {
            if (_y + lineHeight > Bottom)
                NewPage();
            if (i < labelLines.Count)
                _graphics.DrawString(labelLines[i], _labelFont, XBrushes.Black, new XPoint(Margin, _y + _bodyFont.GetHeight()));
            if (i < valueLines.Count)
                _graphics.DrawString(valueLines[i], _bodyFont, XBrushes.Black, new XPoint(Margin + LabelWidth, _y + _bodyFont.GetHeight()));
            _y += lineHeight;
        }

        _y += Gap;
    }

    public void Paragraph(string text) => WriteLines(text, _bodyFont, Margin, Width, after: Gap);

    public byte[] ToBytes()
    {
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var gfx = i == count - 1 ? _graphics : XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = _document.Pages[i].Height.Point - Margin + 10;
            gfx.DrawString(_footer, _footerFont, XBrushes.DimGray, new XPoint(Margin, y));
            var pageText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Page {i + 1} of {count}");
            gfx.DrawString(pageText, _footerFont, XBrushes.DimGray, new XRect(Margin, y - 8, Width, 10), XStringFormats.TopRight);
        }

        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose() => _document.Dispose();

    private void WriteLines(string text, XFont font, double x, double width, double after)
    {
        foreach (var line in Wrap(text, font, width))
        {
            if (_y + font.GetHeight() > Bottom)
                NewPage();
            _graphics.DrawString(line, font, XBrushes.Black, new XPoint(x, _y + font.GetHeight()));
            _y += font.GetHeight() + 1;
        }

        _y += after;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }

                while (_graphics.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && _graphics.MeasureString(line[..fit], font).Width > width)
                        fit--;
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }
}
