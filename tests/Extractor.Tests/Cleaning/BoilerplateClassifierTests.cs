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

        Assert.Equal(BoilerplateVerdict.Soft, BoilerplateClassifier.Judge(document.QuerySelector("div")!, insideArticle: true));
        Assert.Equal(BoilerplateVerdict.None, BoilerplateClassifier.Judge(document.QuerySelector("span")!, insideArticle: true));
    }
}
