using System.Text;
using Extractor.Decoding;

namespace Extractor.Tests.Decoding;

public sealed class HtmlDecoderTests
{
    private const string Sample = "Café “quoted” — 5 €";
    private const string Cyrillic = "Река поднялась на два метра";

    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Byte_order_mark_wins_over_the_header_and_the_meta()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($"<meta charset=windows-1251><p>{Sample}")];

        string text = HtmlDecoder.Decode(body, "iso-8859-1", out Encoding encoding);

        Assert.Equal(Encoding.UTF8.CodePage, encoding.CodePage);
        Assert.Equal($"<meta charset=windows-1251><p>{Sample}", text);
    }

    [Fact]
    public void Utf16_byte_order_mark_is_honoured()
    {
        byte[] body = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<p>Привет</p>")];

        Assert.Equal("<p>Привет</p>", HtmlDecoder.Decode(body, null));
    }

    [Fact]
    public void Header_charset_wins_over_the_meta()
    {
        byte[] body = Encoding.GetEncoding(1251).GetBytes("<meta charset=\"utf-8\"><p>Привет</p>");

        string text = HtmlDecoder.Decode(body, "windows-1251", out Encoding encoding);

        Assert.Equal(1251, encoding.CodePage);
        Assert.Contains("Привет", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">")]
    [InlineData("<meta charset=windows-1251>")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1251\">")]
    [InlineData("<meta content='text/html; charset=\"windows-1251\"' http-equiv='content-type'>")]
    public void Meta_charset_is_found_by_the_prescan(string meta)
    {
        byte[] body = Encoding.GetEncoding(1251).GetBytes($"<!doctype html><html><head>{meta}<title>t</title></head><body><p>{Cyrillic}</p>");

        string text = HtmlDecoder.Decode(body, null, out Encoding encoding);

        Assert.Equal(1251, encoding.CodePage);
        Assert.Contains(Cyrillic, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_inside_a_comment_or_without_http_equiv_is_ignored()
    {
        byte[] body = Encoding.UTF8.GetBytes("<!-- <meta charset=windows-1251> --><meta content=\"text/html; charset=koi8-r\"><p>Привет</p>");

        string text = HtmlDecoder.Decode(body, null, out Encoding encoding);

        Assert.Equal(Encoding.UTF8.CodePage, encoding.CodePage);
        Assert.Contains("Привет", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_past_the_first_1024_bytes_is_not_seen()
    {
        string padding = "<!-- " + new string('x', 1100) + " -->";
        byte[] body = Encoding.GetEncoding(1251).GetBytes($"{padding}<meta charset=windows-1251><p>Привет</p>");

        HtmlDecoder.Decode(body, null, out Encoding encoding);

        Assert.NotEqual(1251, encoding.CodePage);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("latin1")]
    [InlineData("US-ASCII")]
    public void Latin1_and_ascii_labels_mean_windows_1252_as_in_browsers(string label)
    {
        byte[] body = Encoding.GetEncoding(1252).GetBytes($"<p>{Sample}</p>");

        string text = HtmlDecoder.Decode(body, label, out Encoding encoding);

        Assert.Equal(1252, encoding.CodePage);
        Assert.Contains("“quoted”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_label_in_a_meta_means_utf8()
    {
        byte[] body = Encoding.UTF8.GetBytes($"<meta charset=utf-16><p>{Sample}</p>");

        string text = HtmlDecoder.Decode(body, null, out Encoding encoding);

        Assert.Equal(Encoding.UTF8.CodePage, encoding.CodePage);
        Assert.Contains(Sample, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_invalid_utf8_falls_back_to_windows_1252()
    {
        byte[] body = Encoding.GetEncoding(1252).GetBytes($"<p>{Sample}</p>");

        string text = HtmlDecoder.Decode(body, null, out Encoding encoding);

        Assert.Equal(1252, encoding.CodePage);
        Assert.Equal($"<p>{Sample}</p>", text);
    }

    [Fact]
    public void Undeclared_valid_utf8_is_utf8()
    {
        Assert.Equal($"<p>{Sample}</p>", HtmlDecoder.Decode(Encoding.UTF8.GetBytes($"<p>{Sample}</p>"), null));
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("no-such-charset")]
    [InlineData("\"\"")]
    public void Unknown_or_refused_header_labels_fall_through_to_the_next_rule(string label)
    {
        byte[] body = Encoding.GetEncoding(1251).GetBytes("<meta charset=windows-1251><p>Привет</p>");

        string text = HtmlDecoder.Decode(body, label, out Encoding encoding);

        Assert.Equal(1251, encoding.CodePage);
        Assert.Contains("Привет", text, StringComparison.Ordinal);
    }
}
