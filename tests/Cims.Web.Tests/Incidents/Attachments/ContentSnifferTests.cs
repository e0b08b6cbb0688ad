using System.Text;
using Cims.Web.Features.Incidents.Attachments;

namespace Cims.Web.Tests.Incidents.Attachments;

public sealed class ContentSnifferTests
{
    [Fact]
    public void Detect_AllowedFiles_ReturnTheirTypeWhateverTheirName()
    {
        Assert.Equal(ContentSniffer.Pdf, ContentSniffer.Detect(TestFiles.Pdf, "letter.bin"));
        Assert.Equal(ContentSniffer.Png, ContentSniffer.Detect(TestFiles.Png, "photo"));
        Assert.Equal(ContentSniffer.Jpeg, ContentSniffer.Detect(TestFiles.Jpeg, "photo.png"));
        Assert.Equal(ContentSniffer.Gif, ContentSniffer.Detect(TestFiles.Gif, "map.gif"));
        Assert.Equal(ContentSniffer.Docx, ContentSniffer.Detect(TestFiles.Docx(), "notes.docx"));
        Assert.Equal(ContentSniffer.Xlsx, ContentSniffer.Detect(TestFiles.Xlsx(), "rota.xlsx"));
        Assert.Equal(ContentSniffer.Text, ContentSniffer.Detect(TestFiles.Text, "notes.TXT"));
    }

    [Theory]
    [InlineData("exe", "photo.png")]
    [InlineData("html", "photo.png")]
    [InlineData("html", "page.html")]
    [InlineData("svg", "drawing.svg")]
    [InlineData("zip", "notes.docx")]
    [InlineData("barezip", "notes.docx")]
    [InlineData("brokenzip", "notes.docx")]
    [InlineData("text", "notes.js")]
    [InlineData("nul", "notes.txt")]
    [InlineData("latin1", "notes.txt")]
    [InlineData("empty", "notes.pdf")]
    public void Detect_OtherFiles_ReturnNull(string kind, string name)
    {
        byte[] data = kind switch
        {
            "exe" => TestFiles.Exe,
            "html" => TestFiles.Html,
            "svg" => TestFiles.Svg,
            "zip" => TestFiles.PlainZip(),
            "barezip" => TestFiles.BareZip(),
            "brokenzip" => [.. "PK\x03\x04"u8, .. new byte[40]],
            "text" => Encoding.UTF8.GetBytes("alert('hello');"),
            "nul" => [0x41, 0x00, 0x42],
            "latin1" => [0x63, 0x61, 0x66, 0xE9],
            _ => [],
        };

        Assert.Null(ContentSniffer.Detect(data, name));
    }

    [Theory]
    [InlineData(@"C:\Users\riley\Desktop\body map.pdf", "body map.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a\"b;c\r\n<d>.pdf", "a_b_c___d_.pdf")]
    [InlineData("  ..  ", "attachment")]
    [InlineData("Zoë’s letter.pdf", "Zoë_s letter.pdf")]
    public void SafeFileName_RemovesPathsAndUnsafeCharacters(string uploaded, string expected) =>
        Assert.Equal(expected, SafeFileName.From(uploaded));

    [Fact]
    public void SafeFileName_LongName_KeepsTheExtensionWithin200()
    {
        var name = SafeFileName.From(new string('a', 300) + ".pdf");

        Assert.Equal(200, name.Length);
        Assert.EndsWith("a.pdf", name);
    }

    [Fact]
    public void WithExtension_NameOfAnotherType_AddsTheRightOne()
    {
        Assert.Equal("scan.png.pdf", ContentSniffer.WithExtension("scan.png", ContentSniffer.Pdf));
        Assert.Equal("photo.JPEG", ContentSniffer.WithExtension("photo.JPEG", ContentSniffer.Jpeg));
    }
}
