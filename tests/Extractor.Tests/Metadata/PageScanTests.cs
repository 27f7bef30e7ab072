using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Metadata;
using Extractor.Parsing;

namespace Extractor.Tests.Metadata;

public sealed class PageScanTests
{
    private const string Page = """
        <!DOCTYPE html><html><head><meta id=m1 name=a content=x><script id=s1>1</script></head><body>
        <header><h2 id=h0>Site</h2><meta id=m2 itemprop="author name" content=y></header>
        <main id=main1><article id=art1><h1 id=h1>Title</h1><time id=t1>2024-01-02</time>
        <span id=p1 itemprop="author">Jane</span><span id=p2 itemprop="Author">Case</span>
        <span id=p3 itemprop="x	datePublished">2024</span><template><h1 id=hidden>no</h1><time id=t9></time></template>
        <svg><script id=s2></script></svg><h3 id=h3>Sub</h3></article><article id=art2><H1 id=h4>Two</H1></article></main>
        <p id=p4 itemprop=author>Outside</p><time id=t2>x</time><main id=main2></main></body></html>
        """;

    [Fact]
    public void Lists_hold_what_QuerySelectorAll_finds_in_document_order()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(Page);
        var scan = new PageScan(document);

        Assert.Equal(Ids(document.QuerySelectorAll("meta")), Ids(scan.Metas));
        Assert.Equal(Ids(document.QuerySelectorAll("script")), Ids(scan.Scripts));
        Assert.Equal(Ids(document.QuerySelectorAll("h1,h2,h3")), Ids(scan.Headings));
        Assert.Equal(Ids(document.QuerySelectorAll("h1")), Ids(scan.H1s()));
        Assert.Equal(Ids(document.QuerySelectorAll("time")), Ids(scan.Times));
        Assert.Equal("art1", scan.Article?.Id);
        Assert.Equal("main1", scan.Main?.Id);
    }

    [Fact]
    public void Itemprop_tokens_match_as_the_selector_does_case_and_scope_included()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(Page);
        var scan = new PageScan(document);
        IElement article = document.GetElementById("art1")!;

        Assert.Equal(Ids(document.QuerySelectorAll("[itemprop~='author']")), Ids(scan.WithItemprop("author")));
        Assert.Equal(["m2", "p1", "p4"], Ids(scan.WithItemprop("author")));
        Assert.Equal(Ids(article.QuerySelectorAll("[itemprop~='author']")), Ids(scan.WithItemprop("author", article)));
        Assert.Equal(Ids(document.QuerySelectorAll("[itemprop~='datePublished']")), Ids(scan.WithItemprop("datePublished")));
    }

    [Fact]
    public void Links_in_a_scope_and_rel_tokens_match_as_the_selectors_do()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<a id=l0 rel=author href=/a>Out</a><article><a id=l1 rel='nofollow AUTHOR' href=/b>In</a><a id=l2>No href</a>"
            + "<svg><a id=l3 href=/c>Svg</a></svg><a id=l4 rel=authors href=/d>Not</a></article>");
        var scan = new PageScan(document);
        IElement article = document.QuerySelector("article")!;

        Assert.Equal(Ids(article.QuerySelectorAll("a")), Ids(scan.Links(article)));
        Assert.Equal(
            Ids(article.QuerySelectorAll("a[rel~='author']")),
            Ids(scan.Links(article).Where(a => PageScan.HasToken(a.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase))));
        Assert.Equal(["l1", "l3", "l4"], Ids(article.QuerySelectorAll("a[href]")));
    }

    [Fact]
    public void Links_of_each_scope_are_its_own_when_scopes_are_asked_in_turn()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<a id=l0 href=/a>Before</a><main><a id=l1 href=/b>M</a><article><a id=l2 href=/c>A</a><p><a id=l3>A2</a></p></article>"
            + "<a id=l4 href=/d>M2</a></main><footer><a id=l5 href=/e>After</a></footer>");
        var scan = new PageScan(document);

        foreach (IElement scope in new[] { scan.Article!, scan.Article!, scan.Main!, document.Body!, scan.Article! })
        {
            Assert.Equal(Ids(scope.QuerySelectorAll("a")), Ids(scan.Links(scope)));
        }
    }

    [Theory]
    [InlineData("canonical")]
    [InlineData("image_src")]
    public void Link_tags_match_as_the_rel_selector_does(string relation)
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<html><head><link id=k0 rel=stylesheet href=/s><link id=k1 rel='alternate  CANONICAL' href=/a>"
            + "<link id=k2 rel=canonical href=/b><link id=k3 rel='x image_src' href=/i></head><body><template><link id=k4 rel=canonical>"
            + "</template><link id=k5 rel=Image_Src href=/j></body></html>");
        var scan = new PageScan(document);

        Assert.Equal(document.QuerySelector($"link[rel~='{relation}' i]")?.Id, scan.LinkTag(relation)?.Id);
        Assert.NotNull(scan.LinkTag(relation));
        Assert.Null(scan.LinkTag("next"));
    }

    private static string[] Ids(IEnumerable<IElement> elements) => elements.Select(e => e.Id ?? "?").ToArray();
}
