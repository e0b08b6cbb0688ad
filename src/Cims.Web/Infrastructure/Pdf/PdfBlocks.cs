using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Cims.Web.Infrastructure.Pdf;

/// <summary>A line of text the layout placed: page index (0-based), baseline position, text and font.</summary>
internal sealed record PdfRun(int Page, double X, double Y, string Text, XFont Font);

/// <summary>A rule drawn under a heading: decoration, so it is tagged as an artifact.</summary>
internal sealed record PdfRule(int Page, double Y);

/// <summary>One element of the structure tree (a heading, a paragraph or a field) with its lines in reading order.</summary>
internal sealed record PdfBlock(PdfBlockLevelElementTag Tag, IReadOnlyList<PdfRun> Runs, PdfRule? Rule = null);

/// <summary>The report's page geometry and fonts, shared by the layout and the rendering.</summary>
internal sealed class PdfGeometry
{
    public const double Margin = 50, LabelWidth = 170, Gap = 4;

    public static readonly XSize PageSize = new(595, 842);

    public XFont Title { get; } = new("DejaVu Sans", 16, XFontStyleEx.Bold);

    public XFont Heading { get; } = new("DejaVu Sans", 12, XFontStyleEx.Bold);

    public XFont Label { get; } = new("DejaVu Sans", 9, XFontStyleEx.Bold);

    public XFont Body { get; } = new("DejaVu Sans", 9, XFontStyleEx.Regular);

    public XFont Footer { get; } = new("DejaVu Sans", 8, XFontStyleEx.Regular);

    public static double Width => PageSize.Width - (2 * Margin);

    public static double Bottom => PageSize.Height - Margin - 20;
}
