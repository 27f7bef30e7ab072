using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Metadata;
using Extractor.Parsing;

namespace Extractor.Tests.Metadata;

public sealed class ElementWalkTests
{
    [Fact]
    public void Descendants_come_in_document_order_without_the_scope_and_stop_at_its_end()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<div id=scope><p id=a><b id=b>x</b><i id=c>y</i></p><ul id=d><li id=e>z</li></ul></div><p id=after>w</p>");
        IElement scope = document.GetElementById("scope")!;

        string[] ids = ElementWalk.Descendants(scope).Select(e => e.Id!).ToArray();

        Assert.Equal(["a", "b", "c", "d", "e"], ids);
        Assert.Equal(scope.QuerySelectorAll("*").Select(e => e.Id!), ids);
    }

    [Fact]
    public void Descendants_do_not_enter_template_contents_as_QuerySelectorAll_does_not()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<div id=scope><template id=t><p id=inside>x</p></template><p id=next>y</p></div>");
        IElement scope = document.GetElementById("scope")!;

        Assert.Equal(["t", "next"], ElementWalk.Descendants(scope).Select(e => e.Id!));
    }

    [Fact]
    public void Descendants_step_through_many_siblings_in_order()
    {
        string items = string.Concat(Enumerable.Range(0, 3000).Select(i => $"<span id=s{i}>{i}</span> "));
        using IHtmlDocument document = HtmlDocumentLoader.Load($"<div id=scope>{items}</div>");

        string[] ids = ElementWalk.Descendants(document.GetElementById("scope")!).Select(e => e.Id!).ToArray();

        Assert.Equal(3000, ids.Length);
        Assert.Equal("s2999", ids[^1]);
    }
    [Theory]
    [InlineData("time")]
    [InlineData("br,p,div,li")]
    [InlineData("li,div")]
    [InlineData("table")]
    public void First_finds_what_a_type_selector_finds(string selector)
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<h1 id=scope><span id=a><b id=b>x</b><template><time id=hidden></time></template></span><svg><p id=c></p></svg>"
            + "<TIME id=t>2024</TIME><li id=l>y</li><div id=d></div></h1><p id=after>w</p><time id=t2></time>");
        IElement scope = document.GetElementById("scope")!;

        Assert.Equal(scope.QuerySelector(selector)?.Id, ElementWalk.First(scope, selector.Split(','))?.Id);
    }
}
