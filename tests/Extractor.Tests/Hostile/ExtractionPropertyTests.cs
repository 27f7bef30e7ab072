using CsCheck;
using Extractor.Tests.Parsing;

namespace Extractor.Tests.Hostile;

/// <summary>
/// Whatever the input, extraction throws nothing undocumented, and the article it returns keeps its promises:
/// every paragraph in the text, quote and link indexes valid, link URLs absolute, no markup in the text.
/// </summary>
public sealed class ExtractionPropertyTests
{
    private static readonly ArticleExtractor Extractor = new(new ExtractorOptions { MaxNestingDepth = 32, MaxElements = 20_000 });

    private static readonly Uri Address = new("https://example.com/news/2024/story.html");

    /// <summary>Tag soup whose text can only hold markup if the extractor leaks it: no escaped markup, no raw-text
    /// elements (whose content is text by definition), no lone angle brackets.</summary>
    private static readonly string[] MarkupFreeFragments =
    [
        .. HostileInputGuardPropertyTests.Fragments.Where(f =>
            f is not ("<" or ">" or "&amp;" or "<script>" or "<style>" or "<textarea>" or "<xmp>" or "<iframe>" or "<title>"
                or "<![CDATA[" or "]]>" or "<noscript>" or "<template>")),
        "<p>Somebody said \"we will go\" on Monday, and left.</p>", "<a href=\"/more\">More: another story</a>", "<a href=\"https://other.example/x\">link</a>",
        "<blockquote>“A quoted sentence,” she said.</blockquote>", "WASHINGTON (AP) — ", "<h2>Subheading</h2>",
    ];

    [Fact]
    public void Any_string_extracts_or_fails_with_a_documented_kind()
    {
        Gen.String.Sample(html => Answer(html), iter: 3_000);
    }

    [Fact]
    public void Any_tag_soup_extracts_or_fails_with_a_documented_kind()
    {
        Gen.OneOf(HostileInputGuardPropertyTests.Fragments).Array[0, 200].Select(parts => string.Concat(parts))
            .Sample(html => Answer(html), iter: 3_000);
    }

    [Fact]
    public void Article_text_never_holds_markup()
    {
        Gen.OneOf(MarkupFreeFragments).Array[1, 120].Select(parts => string.Concat(parts)).Sample(
            html => Answer(html) is not { } article || !ArticleInvariants.ContainsMarkup(article.Text),
            iter: 3_000);
    }

    /// <summary>Extracts; returns the article after checking its invariants, or null for a documented failure.</summary>
    private static Article? Answer(string html)
    {
        try
        {
            Article article = Extractor.Extract(html, Address);
            ArticleInvariants.Check(article);
            return article;
        }
        catch (ExtractionException e) when (Enum.IsDefined(e.Kind))
        {
            return null;
        }
    }
}
