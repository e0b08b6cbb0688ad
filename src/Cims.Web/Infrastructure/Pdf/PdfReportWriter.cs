using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using static Cims.Web.Infrastructure.Pdf.PdfGeometry;

namespace Cims.Web.Infrastructure.Pdf;

/// <summary>
/// Writes a simple, readable report: a title, headings, label–value fields and paragraphs, flowing
/// over A4 pages with "Page n of N" footers. The PDF is tagged (PDF/UA structure: title heading,
/// section headings, paragraphs, decoration as artifacts; language en-AU; the title shown by viewers).
/// Calls lay the text out at once; <see cref="ToBytes"/> draws it, when the page count is known.
/// While a <see cref="PdfMarking"/> is set, it opens the text and heads every page.
/// All PDFsharp drawing in CIMS goes through this class and its renderer (docs/adr/0005).
/// </summary>
public sealed class PdfReportWriter : IDisposable
{
    private readonly PdfGeometry _geometry;
    private readonly XGraphics _measure;
    private readonly List<PdfBlock> _blocks = [];
    private readonly string _title, _footer;
    private readonly string? _marking = PdfMarking.Current;
    private int _page;
    private double _y = Margin;

    public PdfReportWriter(string title, string footer)
    {
        PdfSetup.EnsureConfigured();
        _geometry = new PdfGeometry();
        _measure = XGraphics.CreateMeasureContext(PageSize, XGraphicsUnit.Point, XPageDirection.Downwards);
        _title = title;
        _footer = footer;
        if (_marking is not null)
            Paragraph(_marking);
    }

    public void Title(string text) =>
        _blocks.Add(new(PdfBlockLevelElementTag.Heading1, Lines(text, _geometry.Title, after: 10)));

    public void Heading(string text)
    {
        if (_y + 60 > Bottom)
            NextPage();
        _y += 8;
        var runs = Lines(text, _geometry.Heading, after: 4);
        _blocks.Add(new(PdfBlockLevelElementTag.Heading2, runs, new PdfRule(_page, _y)));
        _y += 6;
    }

    /// <summary>A label beside its value; read as one paragraph, the label first.</summary>
    public void Field(string label, string? value)
    {
        var body = _geometry.Body;
        var labelLines = PdfTextWrap.Wrap(_measure, label, _geometry.Label, LabelWidth - Gap);
        labelLines[^1] += " ";
        var valueLines = PdfTextWrap.Wrap(_measure, string.IsNullOrWhiteSpace(value) ? "—" : value, body, Width - LabelWidth);
        var lineHeight = body.GetHeight() + 1;
        List<PdfRun> labels = [], values = [];
        for (var i = 0; i < Math.Max(labelLines.Count, valueLines.Count); i++)
        {
            if (_y + lineHeight > Bottom)
                NextPage();
            var baseline = _y + body.GetHeight();
            if (i < labelLines.Count)
                labels.Add(new(_page, Margin, baseline, labelLines[i], _geometry.Label));
            if (i < valueLines.Count)
                values.Add(new(_page, Margin + LabelWidth, baseline, valueLines[i], body));
            _y += lineHeight;
        }

        _y += Gap;
        _blocks.Add(new(PdfBlockLevelElementTag.Paragraph, [.. labels.Concat(values).OrderBy(r => r.Page)]));
    }

    public void Paragraph(string text) =>
        _blocks.Add(new(PdfBlockLevelElementTag.Paragraph, Lines(text, _geometry.Body, after: Gap)));

    public byte[] ToBytes() => PdfTaggedRenderer.Render(_title, _footer, _marking, _blocks, _page + 1, _geometry);

    public void Dispose() => _measure.Dispose();

    private List<PdfRun> Lines(string text, XFont font, double after)
    {
        var runs = new List<PdfRun>();
        foreach (var line in PdfTextWrap.Wrap(_measure, text, font, Width))
        {
            if (_y + font.GetHeight() > Bottom)
                NextPage();
            runs.Add(new(_page, Margin, _y + font.GetHeight(), line, font));
            _y += font.GetHeight() + 1;
        }

        _y += after;
        return runs;
    }

    private void NextPage()
    {
        _page++;
        _y = Margin;
    }
}
