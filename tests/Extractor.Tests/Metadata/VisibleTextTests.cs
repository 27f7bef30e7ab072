using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Metadata;
using Extractor.Parsing;

namespace Extractor.Tests.Metadata;

public sealed class VisibleTextTests
{
    private static IElement Div(IHtmlDocument document) => document.QuerySelector("div")!;

    [Fact]
    public void Spaced_and_Head_read_texts_nested_deeper_than_the_walk_starts_with_and_across_many_siblings()
    {
        // 40 levels (the walk's positions start with room for 16) and 2,000 empty siblings before the last word.
        string nested = string.Concat(Enumerable.Range(1, 40).Select(i => $"<span>w{i} ")) + string.Concat(Enumerable.Repeat("<i></i>", 2000)) + "end";
        using IHtmlDocument document = HtmlDocumentLoader.Load($"<div>{nested}</div>");
        string expected = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}")) + " end";

        Assert.Equal(expected, VisibleText.Spaced(Div(document)));
        Span<char> head = stackalloc char[expected.Length + 1];
        int length = VisibleText.Head(Div(document), head, out bool complete);
        Assert.True(complete);
        Assert.Equal(expected, head[..length].ToString());
    }

    [Theory]
    [InlineData("<h1>The Best Notion Alternatives<span class=\"sub\">Top Note-taking Tools</span></h1>", "The Best Notion Alternatives Top Note-taking Tools")]
    [InlineData("<h1>The <em>iPhone</em> at 18: how <b>Apple</b>'s phone grew up</h1>", "The iPhone at 18: how Apple's phone grew up")]
    [InlineData("<h1>Part one<br>Part two</h1>", "Part one Part two")]
    [InlineData("<h1>A heading of one text node</h1>", "A heading of one text node")]
    public void Of_a_heading_spaces_a_subtitle_set_in_a_span_and_breaks_but_keeps_words_whole(string html, string expected)
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(html);

        Assert.Equal(expected, VisibleText.Of(document.QuerySelector("h1")!));
    }

    [Fact]
    public void CertainlyNot_reads_past_an_ampersand_that_starts_no_entity()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<div>Books &amp; Music <span>Home &amp; Garden</span> and a long line of navigation links after them all</div>");

        Assert.True(VisibleText.CertainlyNot(Div(document), 60, AuthorNames.MayStartWithPrefix));
        Assert.True(VisibleText.Spaced(Div(document))!.Length > 60);
    }

    [Fact]
    public void CertainlyNot_does_not_count_what_entities_decode_away()
    {
        // The text nodes hold "&lt;" written out: 30 of them are 120 characters that clean into 30.
        string entities = string.Concat(Enumerable.Repeat("&amp;lt;", 30));
        using IHtmlDocument document = HtmlDocumentLoader.Load($"<div>By {entities}</div>");

        Assert.False(VisibleText.CertainlyNot(Div(document), 60, AuthorNames.MayStartWithPrefix));
        Assert.Equal("By " + new string('<', 30), VisibleText.Spaced(Div(document)));
    }

    [Fact]
    public void CertainlyNot_is_unsure_of_a_text_that_starts_with_an_entity()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load("<div>&amp;#90;oe Roe</div>");

        Assert.False(VisibleText.CertainlyNot(Div(document), 60, c => c == 'Z'));
        Assert.Equal("Zoe Roe", VisibleText.Spaced(Div(document)));
    }

    [Fact]
    public void Spaced_puts_a_space_between_text_nodes_and_reads_one_node_as_it_is()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load("<div>By<b>Jane</b><i> Doe </i></div><p>  Jane   Roe </p>");

        Assert.Equal("By Jane Doe", VisibleText.Spaced(Div(document)));
        Assert.Equal("Jane Roe", VisibleText.Spaced(document.QuerySelector("p")!));
    }
    [Theory]
    [InlineData("<div>  By<b>Jane</b><i> Doe </i></div>")]
    [InlineData("<div>\n WRITTEN \t by   <a>Jane Doe</a></div>")]
    [InlineData("<div><span></span>Posted <span>by</span>Jane</div>")]
    [InlineData("<div>View all posts by Jane Doe and many others</div>")]
    [InlineData("<div>B</div>")]
    [InlineData("<div>  </div>")]
    public void Head_is_the_lower_cased_start_of_the_spaced_text(string html)
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(html);
        Span<char> head = stackalloc char[AuthorNames.LongestPrefix];

        int length = VisibleText.Head(Div(document), head, out bool complete);

        string spaced = (VisibleText.Spaced(Div(document)) ?? string.Empty).ToLowerInvariant();
        Assert.Equal(spaced[..Math.Min(spaced.Length, head.Length)], head[..length].ToString());
        Assert.Equal(spaced.Length <= head.Length, complete);
    }

    [Fact]
    public void Head_stops_before_an_ampersand_or_a_character_outside_ascii()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load("<div>By &amp;#90;oe</div><p>Por Jos\u00e9</p>");
        Span<char> head = stackalloc char[AuthorNames.LongestPrefix];

        Assert.Equal("by", head[..VisibleText.Head(Div(document), head, out bool complete)].ToString());
        Assert.False(complete);
        Assert.Equal("por jos", head[..VisibleText.Head(document.QuerySelector("p")!, head, out complete)].ToString());
        Assert.False(complete);
    }

    [Theory]
    [InlineData("by jane doe", true, true)]
    [InlineData("written by", true, true)]
    [InlineData("writ", false, true)]
    [InlineData("writ", true, false)]
    [InlineData("", false, true)]
    [InlineData("jane doe", true, false)]
    [InlineData("jane doe and john roe x", false, false)]
    public void A_text_may_have_a_prefix_only_when_its_start_allows_one(string head, bool complete, bool may)
    {
        Assert.Equal(may, AuthorNames.MayHavePrefix(head, complete));
        if (complete && !may)
        {
            Assert.Equal(head, AuthorNames.StripPrefix(head));
        }
    }
}
