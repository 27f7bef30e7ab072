using System.Text;
using Extractor.Decoding;

namespace Extractor.Tests.Decoding;

public sealed class MojibakeRepairTests
{
    static MojibakeRepairTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData(1252)]
    [InlineData(28591)]
    public void Utf8_text_decoded_once_as_a_single_byte_charset_is_restored(int codePage)
    {
        const string original = "We don’t say “café” — it costs 5 € and 3 × 2 ≠ 5.";
        string garbled = Encoding.GetEncoding(codePage).GetString(Encoding.UTF8.GetBytes(original));
        Assert.NotEqual(original, garbled);

        Assert.Equal(original, MojibakeRepair.Repair(garbled));
    }

    [Theory]
    [InlineData("Déjà vu: l’été à Zürich, ça coûte 12 €.")]
    [InlineData("Plain ASCII text stays as it is.")]
    [InlineData("Ã alone, or Â followed by a letter, is no sequence")]
    [InlineData("„Straße“, ‘Fuß’ und „Ü“ in German quotes")]
    [InlineData("Un «\u00A0café\u00A0» et un thé…")]
    [InlineData("Un «&nbsp;caf&eacute;&nbsp;&raquo; &agrave; Z&uuml;rich")]
    public void Correct_text_is_left_unchanged(string text) =>
        Assert.Same(text, MojibakeRepair.Repair(text));

    [Theory]
    [InlineData("isn&acirc;&euro;&trade;t", "isn’t")]
    [InlineData("isn&#226;&#128;&#153;t", "isn’t")]
    [InlineData("isn&#xE2;&#x80;&#x99;t", "isn’t")]
    [InlineData("Caf&Atilde;&copy; and voil&Atilde;&nbsp;!", "Café and voilà!")]
    [InlineData("Caf&Atilde;© mixed", "Café mixed")]
    public void Mojibake_written_as_character_references_is_restored(string garbled, string original) =>
        Assert.Equal(original, MojibakeRepair.Repair(garbled));

    [Fact]
    public void Mojibake_written_as_character_references_is_repaired_in_the_body()
    {
        // A CMS that stored UTF-8 read as Windows-1252 and escapes non-ASCII on output: the mojibake only appears in the parse.
        string paragraphs = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>In part {i}: artificial intelligence isn&acirc;&euro;&trade;t just changing how we optimize websites&acirc;&euro;&rdquo;it&acirc;&euro;&trade;s "
            + "changing what a search engine is. Caf&Atilde;&copy; owners and publishers alike have noticed the shift in their traffic.</p>"));
        string html = "<html><head><title>Search</title></head><body><article>" + paragraphs + "</article></body></html>";

        var article = new ArticleExtractor().Extract(html, new Uri("https://example.com/a"));

        Assert.Equal(4, article.Paragraphs.Count);
        Assert.All(article.Paragraphs, p => Assert.Contains("isn’t just changing how we optimize websites—it’s changing", p));
        Assert.All(article.Paragraphs, p => Assert.Contains("Café owners", p));
    }
}
