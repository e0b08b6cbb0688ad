using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using static Cims.Web.Infrastructure.Pdf.PdfGeometry;

namespace Cims.Web.Infrastructure.Pdf;

/// <summary>
/// Draws laid-out blocks into a tagged PDF: each block is one structure element; page footers and
/// heading rules are artifacts, so a screen reader skips them. Pages are drawn in order, one at a time,
/// as PDFsharp's accessibility manager requires.
/// </summary>
internal sealed class PdfTaggedRenderer : IDisposable
{
    private readonly PdfDocument _document = new();
    private readonly StructureBuilder _structure;
    private readonly string _footer;
    private readonly string? _marking;
    private readonly int _pageCount;
    private readonly PdfGeometry _geometry;
    private XGraphics? _graphics;
    private int _page = -1;

    private PdfTaggedRenderer(string title, string footer, string? marking, int pageCount, PdfGeometry geometry)
    {
        _document.Info.Title = title;
        _document.Info.Creator = "CIMS";
        var accessibility = UAManager.ForDocument(_document);
        accessibility.SetDocumentLanguage("en-AU");
        _structure = accessibility.StructureBuilder;
        _footer = footer;
        _marking = marking;
        _pageCount = pageCount;
        _geometry = geometry;
    }

    public static byte[] Render(string title, string footer, string? marking, IReadOnlyList<PdfBlock> blocks, int pageCount, PdfGeometry geometry)
    {
        using var renderer = new PdfTaggedRenderer(title, footer, marking, pageCount, geometry);
        foreach (var block in blocks)
            renderer.Draw(block);
        while (renderer._page < pageCount - 1)
            renderer.MoveTo(renderer._page + 1);
        return renderer.Save();
    }

    private void Draw(PdfBlock block)
    {
        _structure.BeginElement(block.Tag);
        foreach (var run in block.Runs)
            MoveTo(run.Page).DrawString(run.Text, run.Font, XBrushes.Black, new XPoint(run.X, run.Y));
        _structure.End();
        if (block.Rule is { } rule)
            Artifact(MoveTo(rule.Page), g => g.DrawLine(XPens.Gray, Margin, rule.Y, Margin + Width, rule.Y));
    }

    private XGraphics MoveTo(int page)
    {
        while (_page < page)
        {
            // Adding a page closes the open marked content on the previous page's graphics: dispose them after.
            var pdfPage = _document.AddPage();
            _graphics?.Dispose();
            pdfPage.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(pdfPage);
            _page++;
            Artifact(_graphics, DrawFooter);
        }

        return _graphics!;
    }

    private void DrawFooter(XGraphics graphics)
    {
        if (_marking is not null)
            graphics.DrawString(_marking, _geometry.Heading, XBrushes.DarkRed, new XPoint(Margin, Margin - 18));
        var y = PageSize.Height - Margin + 10;
        graphics.DrawString(_footer, _geometry.Footer, XBrushes.DimGray, new XPoint(Margin, y));
        var pageText = string.Create(CultureInfo.InvariantCulture, $"Page {_page + 1} of {_pageCount}");
        graphics.DrawString(pageText, _geometry.Footer, XBrushes.DimGray, new XRect(Margin, y - 8, Width, 10), XStringFormats.TopRight);
    }

    private void Artifact(XGraphics graphics, Action<XGraphics> draw)
    {
        _structure.BeginArtifact();
        draw(graphics);
        _structure.End();
    }

    private byte[] Save()
    {
        _graphics?.Dispose();
        _graphics = null;
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }
}
