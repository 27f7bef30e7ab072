using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Metadata;
using Extractor.Parsing;

namespace Extractor.Tests.Metadata;

public sealed class VisibleTextTests
{
    private static IElement Div(IHtmlDocument document) => document.QuerySelector("div")!;

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
}
