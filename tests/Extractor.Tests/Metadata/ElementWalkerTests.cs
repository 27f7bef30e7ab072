using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Metadata;
using Extractor.Parsing;

namespace Extractor.Tests.Metadata;

public sealed class ElementWalkerTests
{
    [Fact]
    public void Walker_reads_the_elements_in_document_order_like_QuerySelectorAll()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<div id=scope><p id=a><b id=b>x</b><i id=c>y</i></p><ul id=d><li id=e>z</li></ul></div><p id=after>w</p>");
        IElement scope = document.GetElementById("scope")!;

        Assert.Equal(scope.QuerySelectorAll("*").Select(e => e.Id!), Read(scope, skip: null));
    }

    [Fact]
    public void Skipped_children_are_not_read_and_the_walk_goes_on_after_them()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<div id=scope><p id=a><b id=b><i id=c>x</i></b></p><ul id=d><li id=e>z</li></ul><p id=f>w</p></div>");

        Assert.Equal(["a", "b", "d", "e", "f"], Read(document.GetElementById("scope")!, skip: "b"));
        Assert.Equal(["a", "b", "c", "d", "f"], Read(document.GetElementById("scope")!, skip: "d"));
    }

    private static List<string> Read(IElement scope, string? skip)
    {
        var ids = new List<string>();
        var walk = new ElementWalker(scope);
        while (walk.MoveNext())
        {
            ids.Add(walk.Current.Id!);
            if (walk.Current.Id == skip)
            {
                walk.SkipChildren();
            }
        }

        return ids;
    }
}
