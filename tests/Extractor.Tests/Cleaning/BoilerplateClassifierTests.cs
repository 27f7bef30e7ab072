using Extractor.Cleaning;
using Extractor.Parsing;

namespace Extractor.Tests.Cleaning;

public sealed class BoilerplateClassifierTests
{
    [Fact]
    public void A_heading_anchored_by_a_slug_of_its_text_is_not_boilerplate()
    {
        using var document = HtmlDocumentLoader.Load("<h3 id=\"social-benefits\">Social Benefits</h3><div id=\"social-links\">x</div>");

        Assert.False(BoilerplateClassifier.IsBoilerplate(document.QuerySelector("h3")!, insideArticle: true));
        Assert.True(BoilerplateClassifier.IsBoilerplate(document.QuerySelector("div")!, insideArticle: true));
    }

    [Fact]
    public void A_like_widget_is_boilerplate()
    {
        using var document = HtmlDocumentLoader.Load("<div class=\"sharedaddy sd-block sd-like jetpack-likes-widget-wrapper\"><span>Like</span> <span>Loading...</span></div>");

        Assert.True(BoilerplateClassifier.IsBoilerplate(document.QuerySelector("div")!, insideArticle: true));
    }

    [Fact]
    public void A_block_marked_as_the_author_is_an_author_box_but_an_inline_name_is_not()
    {
        using var document = HtmlDocumentLoader.Load("<div itemprop=\"author\"><p>Jane Doe writes about gardens.</p></div><p>By <span itemprop=\"author\">Jane Doe</span></p>");

        Assert.Equal(BoilerplateVerdict.Soft, BoilerplateClassifier.Judge(document.QuerySelector("div")!, insideArticle: true, out _));
        Assert.Equal(BoilerplateVerdict.None, BoilerplateClassifier.Judge(document.QuerySelector("span")!, insideArticle: true, out _));
    }

    [Fact]
    public void Folded_accordion_panel_labelled_by_its_toggle_is_not_hidden_boilerplate()
    {
        using var document = HtmlDocumentLoader.Load("""
            <div id="a" role="region" aria-labelledby="t1" style="display:none">Step one in detail.</div>
            <div id="b" role="tabpanel" aria-labelledby="t2" hidden>Tab two.</div>
            <div id="c" role="region" style="display:none">Unlabelled region.</div>
            <div id="d" aria-labelledby="t3" aria-hidden="true">Labelled, no panel role.</div>
            """);

        Assert.Equal(BoilerplateVerdict.None, BoilerplateClassifier.Judge(document.GetElementById("a")!, insideArticle: true, out _));
        Assert.Equal(BoilerplateVerdict.None, BoilerplateClassifier.Judge(document.GetElementById("b")!, insideArticle: true, out _));
        Assert.Equal(BoilerplateVerdict.Hidden, BoilerplateClassifier.Judge(document.GetElementById("c")!, insideArticle: true, out _));
        Assert.Equal(BoilerplateVerdict.Hidden, BoilerplateClassifier.Judge(document.GetElementById("d")!, insideArticle: true, out _));
    }

    [Fact]
    public void Folded_panel_with_a_boilerplate_name_is_still_boilerplate()
    {
        using var document = HtmlDocumentLoader.Load("""<div class="related-posts" role="region" aria-labelledby="t" hidden>x</div>""");

        Assert.Equal(BoilerplateVerdict.Soft, BoilerplateClassifier.Judge(document.QuerySelector("div")!, insideArticle: true, out _));
    }

    [Fact]
    public void A_heading_whose_class_names_a_header_is_the_heading_not_the_page_header()
    {
        using var document = HtmlDocumentLoader.Load("""
            <h2 id="a" class="module_header">Best for beginners</h2>
            <div id="b" class="module_header">Site name</div>
            <h2 id="c" class="related-header">Related posts</h2>
            """);

        Assert.Equal(BoilerplateVerdict.None, BoilerplateClassifier.Judge(document.GetElementById("a")!, insideArticle: false, out _));
        Assert.Equal(BoilerplateVerdict.Soft, BoilerplateClassifier.Judge(document.GetElementById("b")!, insideArticle: false, out _));
        Assert.Equal(BoilerplateVerdict.Soft, BoilerplateClassifier.Judge(document.GetElementById("c")!, insideArticle: false, out _));
    }
}
