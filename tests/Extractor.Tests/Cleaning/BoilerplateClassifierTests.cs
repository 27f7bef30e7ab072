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
}
