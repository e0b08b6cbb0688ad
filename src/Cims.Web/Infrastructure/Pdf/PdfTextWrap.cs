using PdfSharp.Drawing;

namespace Cims.Web.Infrastructure.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: at spaces, and inside a word too long for a line. A line that
/// ends at a space or a line break keeps one trailing space, so text read from the PDF's structure
/// (a screen reader, copy and paste) keeps its words apart.
/// </summary>
internal static class PdfTextWrap
{
    public static List<string> Wrap(XGraphics measure, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && measure.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line + " ");
                    line = word;
                }
                else
                {
                    line = candidate;
                }

                while (measure.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && measure.MeasureString(line[..fit], font).Width > width)
                        fit--;
                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line + " ");
        }

        lines[^1] = lines[^1][..^1];
        return lines;
    }
}
